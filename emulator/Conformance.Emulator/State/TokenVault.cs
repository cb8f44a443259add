namespace Conformance.Emulator.State;

/// <summary>
/// The bearer-style secrets the store hands out: call tokens (Omnia websocketUrls, Voice.ai end
/// tokens) and OpenAI client secrets. Not thread-safe on its own: <see cref="EmulatorStore"/>
/// calls it under its lock.
/// </summary>
internal sealed class TokenVault
{
    private readonly Dictionary<string, TokenRecord> _live = new(StringComparer.Ordinal);

    // Used or expired Omnia socket URLs, kept as long as their call is retained, so a reuse is
    // refused as "already used"/"expired" (403) rather than "unknown" (404).
    private readonly Dictionary<string, TokenRecord> _spent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ClientSecretRecord> _secrets = new(StringComparer.Ordinal);

    public int LiveTokens => _live.Count;

    public int ClientSecrets => _secrets.Count;

    public void Clear()
    {
        _live.Clear();
        _spent.Clear();
        _secrets.Clear();
    }

    public void Add(TokenRecord token) => _live[token.Value] = token;

    public TokenRecord? Find(string value, TokenKind kind) =>
        (_live.TryGetValue(value, out var token) || _spent.TryGetValue(value, out token)) && token.Kind == kind ? token : null;

    public void AddSecret(ClientSecretRecord secret) => _secrets[secret.Value] = secret;

    /// <summary>The secret if it exists and has not expired (an expired one is dropped).</summary>
    public ClientSecretRecord? FindSecret(string value, DateTimeOffset now)
    {
        if (!_secrets.TryGetValue(value, out var secret))
        {
            return null;
        }

        if (secret.ExpiresAt <= now)
        {
            _secrets.Remove(value);
            return null;
        }

        return secret;
    }

    /// <summary>Drops expired tokens and secrets; returns the Omnia socket tokens that expired unused.</summary>
    public IReadOnlyList<TokenRecord> Expire(DateTimeOffset now)
    {
        var unused = new List<TokenRecord>();
        foreach (var token in _live.Values.Where(t => t.ExpiresAt <= now).ToArray())
        {
            _live.Remove(token.Value);
            if (token.Kind == TokenKind.OmniaSocket)
            {
                _spent[token.Value] = token;
                if (token.Uses == 0)
                {
                    unused.Add(token);
                }
            }
        }

        foreach (var secret in _secrets.Values.Where(s => s.ExpiresAt <= now).ToArray())
        {
            _secrets.Remove(secret.Value);
        }

        return unused;
    }

    /// <summary>The call ended: its tokens stop working (a used socket URL is remembered as spent).</summary>
    public void Revoke(string callId)
    {
        foreach (var token in _live.Values.Where(t => t.CallId == callId).ToArray())
        {
            _live.Remove(token.Value);
            if (token.Kind == TokenKind.OmniaSocket && token.Uses > 0)
            {
                _spent[token.Value] = token;
            }
        }
    }

    /// <summary>The call is forgotten (pruned, tenant deleted): nothing of it remains.</summary>
    public void Forget(string callId)
    {
        Revoke(callId);
        foreach (var spent in _spent.Values.Where(t => t.CallId == callId).ToArray())
        {
            _spent.Remove(spent.Value);
        }
    }

    public void ForgetTenant(string tenantId)
    {
        foreach (var secret in _secrets.Values.Where(s => s.TenantId == tenantId).ToArray())
        {
            _secrets.Remove(secret.Value);
        }
    }
}
