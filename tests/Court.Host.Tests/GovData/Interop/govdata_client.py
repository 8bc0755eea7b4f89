"""Stock Python gRPC calling the court's bridge and sandbox platform: `govdata_client.py '<json>'`.

The argument is a JSON list of calls, made in order on one channel per address:
    {"address": "127.0.0.1:port", "method": "package.Service/Method", "request": <the request in proto JSON>,
     "token": <sent as `authorization: Bearer <token>`, optional>, "timeout": <seconds>}
Prints one JSON object: {"results": [{"code", "details", "replies": [<reply in proto JSON>, ...], "elapsed_ms"}, ...]}.
A unary call has at most one reply; a server-streaming call has every message that arrived before its status.
"""
import json
import sys
import time

import grpc
from google.protobuf import json_format

import stock_stubs  # noqa: F401 (makes the generated stubs importable, grpc.health.v1 included)
from court.govdata.bridge.v1 import bridge_pb2, bridge_pb2_grpc
from govdata.platform.v1 import platform_pb2, platform_pb2_grpc
from grpc.health.v1 import health_pb2, health_pb2_grpc
from grpc.reflection.v1alpha import reflection_pb2, reflection_pb2_grpc

BRIDGE = "court.govdata.bridge.v1.GovDataBridge/"
# Not a method of its own: one ServerReflectionInfo exchange asking list_services, as `grpcurl list` does.
LIST_SERVICES = "grpc.reflection.v1alpha.ServerReflection/ListServices"

# Full method name -> (stub class, stub attribute, request class, server streaming?)
METHODS = {
    "grpc.health.v1.Health/Check": (health_pb2_grpc.HealthStub, "Check", health_pb2.HealthCheckRequest, False),
    "govdata.platform.v1.SubjectRegistry/GetLegalPerson":
        (platform_pb2_grpc.SubjectRegistryStub, "GetLegalPerson", platform_pb2.GetLegalPersonRequest, False),
    BRIDGE + "QuerySubject": (bridge_pb2_grpc.GovDataBridgeStub, "QuerySubject", bridge_pb2.QuerySubjectRequest, False),
    BRIDGE + "QueryAssets": (bridge_pb2_grpc.GovDataBridgeStub, "QueryAssets", bridge_pb2.QueryAssetsRequest, False),
    BRIDGE + "BatchQueryAssets":
        (bridge_pb2_grpc.GovDataBridgeStub, "BatchQueryAssets", bridge_pb2.BatchQueryAssetsRequest, True),
}


def to_json(message):
    return json_format.MessageToDict(message)


def list_services(channel, spec):
    stub = reflection_pb2_grpc.ServerReflectionStub(channel)
    started = time.monotonic()
    replies = []
    try:
        asked = iter([reflection_pb2.ServerReflectionRequest(list_services="*")])
        for reply in stub.ServerReflectionInfo(asked, timeout=spec.get("timeout", 10)):
            replies.append(to_json(reply))
        code, details = 0, ""
    except grpc.RpcError as error:
        code, details = error.code().value[0], error.details() or ""
    return {"code": code, "details": details, "replies": replies, "elapsed_ms": int((time.monotonic() - started) * 1000)}


def call(channel, spec):
    if spec["method"] == LIST_SERVICES:
        return list_services(channel, spec)
    stub_class, attribute, request_class, streaming = METHODS[spec["method"]]
    method = getattr(stub_class(channel), attribute)
    request = json_format.ParseDict(spec.get("request", {}), request_class())
    metadata = [("authorization", f"Bearer {spec['token']}")] if spec.get("token") else None
    timeout = spec.get("timeout", 10)
    replies = []
    started = time.monotonic()
    try:
        if streaming:
            for reply in method(request, metadata=metadata, timeout=timeout):
                replies.append(to_json(reply))
        else:
            replies.append(to_json(method(request, metadata=metadata, timeout=timeout)))
        code, details = 0, ""
    except grpc.RpcError as error:
        code, details = error.code().value[0], error.details() or ""
    return {"code": code, "details": details, "replies": replies, "elapsed_ms": int((time.monotonic() - started) * 1000)}


def main():
    channels = {}
    try:
        results = []
        for spec in json.loads(sys.argv[1]):
            address = spec["address"]
            if address not in channels:
                channels[address] = grpc.insecure_channel(address, options=[("grpc.enable_http_proxy", 0)])
            results.append(call(channels[address], spec))
    finally:
        for channel in channels.values():
            channel.close()
    print(json.dumps({"results": results}, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
