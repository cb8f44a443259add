namespace Conformance.Contracts;

/// <summary>
/// One emulated vendor surface as declared in the document's <c>x-conformance-surfaces</c>
/// extension: the path prefix it is mounted under on the emulator, its tag, and the vendor's
/// production base URL that prefix stands in for (so a client built for the vendor swaps
/// <see cref="VendorBaseUrl"/> for <c>{emulator}{Prefix}</c>).
/// </summary>
public sealed record ContractSurface(string Name, string Prefix, string Tag, string VendorBaseUrl);
