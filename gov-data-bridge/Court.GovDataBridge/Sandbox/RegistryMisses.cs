using Grpc.Core;

namespace Court.GovDataBridge.Sandbox;

/// <summary>NOT_FOUND for a well-formed identifier the registries do not hold, in the platform's words.</summary>
internal static class RegistryMisses
{
    public static RpcException Person() => GrpcErrors.Of(StatusCode.NotFound, "未查询到该公民的户籍登记信息");

    public static RpcException Organization() => GrpcErrors.Of(StatusCode.NotFound, "未查询到该统一社会信用代码的登记信息");

    public static RpcException Subject(SubjectKey subject) => subject.IsPerson ? Person() : Organization();

    public static RpcException Asset() => GrpcErrors.Of(StatusCode.NotFound, "未查询到该财产的登记信息");
}
