"""Stock Python gRPC calling our server: `echo_client.py <host:port> <scenario>`, prints one JSON object."""
import json
import sys
import time

import grpc

from stock_stubs import CODES
from interop.v1 import echo_pb2, echo_pb2_grpc
from grpc.health.v1 import health_pb2, health_pb2_grpc


def failure(error):
    return {"code": error.code().value[0], "details": error.details()}


def unary(echo, health, argument):
    metadata = [("x-case-number", "2024-JING-01-123"), ("x-blob-bin", "卷宗".encode())]
    reply, call = echo.Say.with_call(echo_pb2.EchoRequest(text=argument, count=2), metadata=metadata, timeout=10)
    return {
        "text": reply.text,
        "headers": {key: value.decode() if isinstance(value, bytes) else value for key, value in call.initial_metadata()},
        "trailers": {key: value.decode() if isinstance(value, bytes) else value for key, value in call.trailing_metadata()},
    }


def errors(echo, health, argument):
    results = []
    for code in range(1, 17):
        try:
            echo.Say(echo_pb2.EchoRequest(fail_with_code=code, fail_message=f"{argument}{code}"), timeout=10)
            results.append({"code": 0, "details": ""})
        except grpc.RpcError as error:
            results.append(failure(error))
    return {"errors": results}


def deadline(echo, health, argument):
    # Connect first: a connection set up under the 300 ms deadline might not leave time to send the call.
    echo.Say(echo_pb2.EchoRequest(text="warm-up"), timeout=10)
    started = time.monotonic()
    try:
        echo.Say(echo_pb2.EchoRequest(text=argument, delay_ms=5000), timeout=0.3)
        return {"code": 0, "elapsed_ms": 0}
    except grpc.RpcError as error:
        return {**failure(error), "elapsed_ms": int((time.monotonic() - started) * 1000)}


def stream(echo, health, argument):
    received = []
    try:
        for reply in echo.Stream(echo_pb2.EchoRequest(text=argument, count=4, fail_with_code=9, fail_message="已结案"), timeout=10):
            received.append({"text": reply.text, "index": reply.index})
        return {"received": received, "code": 0}
    except grpc.RpcError as error:
        return {"received": received, **failure(error)}


def check(health, service):
    try:
        return {"status": health.Check(health_pb2.HealthCheckRequest(service=service), timeout=10).status, "code": 0}
    except grpc.RpcError as error:
        return failure(error)


def health_check(echo, health, argument):
    return {"overall": check(health, ""), "unknown": check(health, argument)}


SCENARIOS = {"unary": unary, "errors": errors, "deadline": deadline, "stream": stream, "health": health_check}


def main():
    address, scenario = sys.argv[1], sys.argv[2]
    argument = sys.argv[3] if len(sys.argv) > 3 else ""
    with grpc.insecure_channel(address, options=[("grpc.enable_http_proxy", 0)]) as channel:
        result = SCENARIOS[scenario](echo_pb2_grpc.EchoStub(channel), health_pb2_grpc.HealthStub(channel), argument)
    print(json.dumps(result, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
