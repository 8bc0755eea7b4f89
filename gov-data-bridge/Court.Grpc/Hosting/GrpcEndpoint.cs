using System.Net;
using System.Security.Cryptography.X509Certificates;

namespace Court.Grpc;

/// <summary>Where a <see cref="GrpcHosting"/> server listens; port 0 picks a free port, a certificate turns on TLS.</summary>
public sealed record GrpcEndpoint(IPAddress Address, int Port, X509Certificate2? Certificate = null);
