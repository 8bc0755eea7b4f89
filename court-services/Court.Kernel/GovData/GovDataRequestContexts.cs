using Court.Kernel.GovData;

namespace Court.GovData.Bridge.V1;

// The generated request messages, marked as carrying a RequestContext so the bridge checks grants in one interceptor.
public sealed partial class QuerySubjectRequest : IGovDataRequest;

public sealed partial class QueryAssetsRequest : IGovDataRequest;

public sealed partial class BatchQueryAssetsRequest : IGovDataRequest;

public sealed partial class QuerySocialSecurityRequest : IGovDataRequest;

public sealed partial class SubmitActionRequest : IGovDataRequest;

public sealed partial class GetActionRequest : IGovDataRequest;
