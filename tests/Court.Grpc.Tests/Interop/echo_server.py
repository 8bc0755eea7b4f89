"""Stock Python gRPC serving court.interop.v1.Echo and grpc.health.v1.Health on 127.0.0.1; prints its port first."""
import sys
import threading
from concurrent import futures

import grpc

from stock_stubs import CODES
from interop.v1 import echo_pb2, echo_pb2_grpc
from grpc.health.v1 import health_pb2, health_pb2_grpc


def wait(context, delay_ms):
    """Sleeps delay_ms, or less if the call ends first (cancelled or past its deadline)."""
    ended = threading.Event()
    context.add_callback(ended.set)
    ended.wait(delay_ms / 1000.0)


def echo_metadata(context):
    echoed = [(key, value) for key, value in context.invocation_metadata() if key.startswith("x-")]
    if echoed:
        context.send_initial_metadata(echoed)
        context.set_trailing_metadata([("trailer-" + key, value) for key, value in echoed])


class Echo(echo_pb2_grpc.EchoServicer):
    def Say(self, request, context):
        echo_metadata(context)
        if request.delay_ms:
            wait(context, request.delay_ms)
        if request.fail_with_code:
            context.abort(CODES[request.fail_with_code], request.fail_message)
        return echo_pb2.EchoReply(text=request.text * max(1, request.count))

    def Stream(self, request, context):
        echo_metadata(context)
        for index in range(request.count):
            if request.delay_ms:
                wait(context, request.delay_ms)
            yield echo_pb2.EchoReply(text=f"{request.text} {index}", index=index)
        if request.fail_with_code:
            context.abort(CODES[request.fail_with_code], request.fail_message)


class Health(health_pb2_grpc.HealthServicer):
    SERVING = {"", "court.interop.v1.Echo"}

    def Check(self, request, context):
        if request.service not in self.SERVING:
            context.abort(grpc.StatusCode.NOT_FOUND, f"unknown service {request.service}")
        return health_pb2.HealthCheckResponse(status=health_pb2.HealthCheckResponse.SERVING)


def main():
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=16))
    echo_pb2_grpc.add_EchoServicer_to_server(Echo(), server)
    health_pb2_grpc.add_HealthServicer_to_server(Health(), server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    print(port, flush=True)
    server.wait_for_termination()


if __name__ == "__main__":
    sys.exit(main())
