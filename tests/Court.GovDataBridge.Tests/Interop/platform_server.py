"""A stock Python gRPC government platform on 127.0.0.1 for the bridge's client; prints its port first.

It answers govdata.platform.v1.SubjectRegistry/GetNaturalPerson by what the ID number asks for: "SLOW…" waits past
any deadline, "GONE…" is UNAVAILABLE, "NONE…" is NOT_FOUND, anything else is 张三. Every call but a health check must
carry `authorization: Bearer <the key given as argv[1]>`.
"""
import sys
import threading
from concurrent import futures

import grpc

import stock_stubs  # noqa: F401 (makes the generated stubs importable, grpc.health.v1 included)
from govdata.platform.v1 import platform_pb2, platform_pb2_grpc
from grpc.health.v1 import health_pb2, health_pb2_grpc


class SubjectRegistry(platform_pb2_grpc.SubjectRegistryServicer):
    def __init__(self, key):
        self.key = key

    def GetNaturalPerson(self, request, context):
        metadata = dict(context.invocation_metadata())
        if metadata.get("authorization") != f"Bearer {self.key}":
            context.abort(grpc.StatusCode.UNAUTHENTICATED, "平台密钥无效")
        asked = request.resident_id_number
        if asked.startswith("SLOW"):
            ended = threading.Event()
            context.add_callback(ended.set)
            ended.wait(30)
            context.abort(grpc.StatusCode.INTERNAL, "不应等到这里")
        if asked.startswith("GONE"):
            context.abort(grpc.StatusCode.UNAVAILABLE, "平台维护中")
        if asked.startswith("NONE"):
            context.abort(grpc.StatusCode.NOT_FOUND, "未查询到该公民的户籍登记信息")
        return platform_pb2.NaturalPerson(resident_id_number=asked, name="张三")


class Health(health_pb2_grpc.HealthServicer):
    def Check(self, request, context):
        return health_pb2.HealthCheckResponse(status=health_pb2.HealthCheckResponse.SERVING)


def main():
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=16))
    platform_pb2_grpc.add_SubjectRegistryServicer_to_server(SubjectRegistry(sys.argv[1]), server)
    health_pb2_grpc.add_HealthServicer_to_server(Health(), server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    print(port, flush=True)
    server.wait_for_termination()


if __name__ == "__main__":
    sys.exit(main())
