using Conformance.Emulator.Configuration;
using Conformance.Emulator.Events;
using Conformance.Emulator.Runtime;

namespace Conformance.Emulator.State;

/// <summary>
/// All emulator state, owned in one place: tenants → API keys (credits, rate limits) →
/// agents and sessions → calls → the tokens that open them. One reentrant lock
/// (<see cref="Sync"/>) guards everything; handlers that read-modify-write several objects hold
/// it around the sequence. Nothing slow (SDP negotiation, runtime calls, I/O) happens under it.
/// </summary>
public sealed class EmulatorStore
{
    private readonly IPersonaCatalog _personas;
    private readonly Dictionary<string, Tenant> _tenants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ApiKeyRecord> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CallRecord> _calls = new(StringComparer.Ordinal);
    private readonly TokenVault _vault = new();
    private readonly Dictionary<string, EverrunsSession> _sessions = new(StringComparer.Ordinal);

    public EmulatorStore(LeaseClock clock, IPersonaCatalog personas)
    {
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _personas = personas ?? throw new ArgumentNullException(nameof(personas));
    }

    public Lock Sync { get; } = new();

    public LeaseClock Clock { get; }

    public LeaseSettings Leases { get; private set; } = new();

    public DateTimeOffset Now => Clock.GetUtcNow();

    public IReadOnlyList<Tenant> Tenants
    {
        get
        {
            lock (Sync)
            {
                return [.. _tenants.Values];
            }
        }
    }

    /// <summary>Replaces all state with <paramref name="config"/>. Live calls must have been ended first (CallLifecycle.ResetAsync).</summary>
    public void Load(EmulatorConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        lock (Sync)
        {
            foreach (var session in _sessions.Values)
            {
                session.Events.Close();
            }

            _tenants.Clear();
            _keys.Clear();
            _calls.Clear();
            _vault.Clear();
            _sessions.Clear();
            Leases = config.Leases;
            foreach (var tenant in config.Tenants)
            {
                AddTenant(tenant);
            }
        }
    }

    public Tenant AddTenant(TenantConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        lock (Sync)
        {
            if (_tenants.ContainsKey(config.Id))
            {
                throw new StoreException(StoreError.Conflict, $"tenant '{config.Id}' already exists");
            }

            var duplicateKey = config.Keys.FirstOrDefault(k => k.Key is not null && _keys.ContainsKey(k.Key));
            if (duplicateKey is not null)
            {
                throw new StoreException(StoreError.Conflict, $"API key '{duplicateKey.Key}' is already in use");
            }

            var unknownPersona = config.Agents.FirstOrDefault(a => !_personas.IsKnown(a.Persona));
            if (unknownPersona is not null)
            {
                throw new StoreException(StoreError.Invalid, $"persona '{unknownPersona.Persona}' is not in the persona catalog ({string.Join(", ", _personas.Personas)})");
            }

            var tenant = new Tenant
            {
                Id = config.Id,
                Name = config.Name ?? config.Id,
                VoiceEnabled = config.VoiceEnabled,
                EverrunsOrgId = config.EverrunsOrgId ?? PublicIds.NewPrefixed("org", Now),
                ClutchCallOrgId = config.ClutchCallOrgId,
                LiveKit = config.LiveKit ?? new LiveKitCredentials("API" + PublicIds.NewHex(6), PublicIds.NewToken(32)),
            };
            foreach (var provider in config.Providers ?? DefaultSeed.DefaultProviders)
            {
                tenant.Providers[provider.Id] = provider;
            }

            foreach (var number in config.Numbers)
            {
                tenant.OmniaNumbers.Add(number);
            }

            tenant.ClutchCallTrunks.UnionWith(config.Trunks);
            _tenants[tenant.Id] = tenant;
            foreach (var key in config.Keys)
            {
                AddKey(tenant.Id, key);
            }

            foreach (var agent in config.Agents)
            {
                AddAgent(tenant.Id, agent);
            }

            return tenant;
        }
    }

    public Tenant? FindTenant(string id)
    {
        lock (Sync)
        {
            return _tenants.GetValueOrDefault(id);
        }
    }

    public Tenant RequireTenant(string id) =>
        FindTenant(id) ?? throw new StoreException(StoreError.NotFound, $"no tenant '{id}'");

    /// <summary>Removes a tenant and everything it owns. Its live calls must have been ended first.</summary>
    public bool RemoveTenant(string id)
    {
        lock (Sync)
        {
            if (!_tenants.Remove(id, out var tenant))
            {
                return false;
            }

            foreach (var key in _keys.Values.Where(k => k.TenantId == id).ToArray())
            {
                _keys.Remove(key.Key);
            }

            foreach (var session in tenant.EverrunsSessions.Values)
            {
                session.Events.Close();
                _sessions.Remove(session.Id);
            }

            foreach (var call in tenant.Calls)
            {
                Unindex(call);
            }

            _vault.ForgetTenant(id);

            return true;
        }
    }

    public ApiKeyRecord AddKey(string tenantId, KeyConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        lock (Sync)
        {
            RequireTenant(tenantId);
            var value = config.Key ?? NewKeyValue(config.Surface);
            if (_keys.ContainsKey(value))
            {
                throw new StoreException(StoreError.Conflict, $"API key '{value}' is already in use");
            }

            var record = new ApiKeyRecord
            {
                Key = value,
                TenantId = tenantId,
                Surface = config.Surface,
                Credits = config.Credits,
                RateLimit = config.RateLimit ?? (config.Surface == Surface.Omnia ? RateLimit.OmniaDefault : null),
            };
            _keys[value] = record;
            return record;
        }
    }

    public ApiKeyRecord? FindKey(string key)
    {
        lock (Sync)
        {
            return _keys.GetValueOrDefault(key);
        }
    }

    public IReadOnlyList<ApiKeyRecord> KeysOf(string tenantId)
    {
        lock (Sync)
        {
            return [.. _keys.Values.Where(k => k.TenantId == tenantId)];
        }
    }

    public bool RemoveKey(string key)
    {
        lock (Sync)
        {
            return _keys.Remove(key);
        }
    }

    /// <summary>Counts one request against the key's rate limit.</summary>
    public RateDecision CountRequest(ApiKeyRecord key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (Sync)
        {
            return key.Count(Now);
        }
    }

    /// <summary>Deducts billed credits (never below zero).</summary>
    public void Charge(string key, decimal amount)
    {
        lock (Sync)
        {
            if (_keys.TryGetValue(key, out var record) && record.Credits is { } credits)
            {
                record.Credits = Math.Max(0, credits - amount);
            }
        }
    }

    public AgentRecord AddAgent(string tenantId, AgentSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        lock (Sync)
        {
            var tenant = RequireTenant(tenantId);
            if (!_personas.IsKnown(seed.Persona))
            {
                throw new StoreException(StoreError.Invalid, $"persona '{seed.Persona}' is not in the persona catalog ({string.Join(", ", _personas.Personas)})");
            }

            var agents = tenant.AgentsOf(seed.Surface);
            var id = seed.Id ?? seed.Surface switch
            {
                Surface.Everruns => PublicIds.NewPrefixed("agent", Now),
                Surface.Omnia => "agt_" + PublicIds.NewHex(12),
                _ => "agent-" + PublicIds.NewHex(8),
            };
            if (agents.ContainsKey(id))
            {
                throw new StoreException(StoreError.Conflict, $"{SurfaceNames.Name(seed.Surface)} agent '{id}' already exists in tenant '{tenantId}'");
            }

            var now = Now;
            var record = new AgentRecord
            {
                Id = id,
                Surface = seed.Surface,
                Name = seed.Name,
                Description = seed.Description,
                Status = seed.Status ?? ConfigParser.StatusesOf(seed.Surface)[0],
                Persona = seed.Persona,
                Knobs = seed.Knobs,
                Config = (System.Text.Json.Nodes.JsonObject?)seed.Config?.DeepClone() ?? [],
                CreatedAt = now,
                UpdatedAt = now,
            };
            agents[id] = record;
            return record;
        }
    }

    public EverrunsSession CreateSession(Tenant tenant, string? agentId, string? title, IReadOnlyList<string> tags, string source)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        lock (Sync)
        {
            var now = Now;
            var id = PublicIds.NewPrefixed("session", now);
            var session = new EverrunsSession
            {
                Id = id,
                TenantId = tenant.Id,
                AgentId = agentId,
                Title = title,
                Tags = tags,
                Source = source,
                HarnessId = PublicIds.NewPrefixed("harness", now),
                WorkspaceId = "wsp_" + id["session_".Length..],
                OwnerPrincipalId = PublicIds.NewPrefixed("principal", now),
                CreatedAt = now,
                UpdatedAt = now,
                Events = new SessionEventLog(id, Clock),
            };
            tenant.EverrunsSessions[id] = session;
            _sessions[id] = session;
            return session;
        }
    }

    public EverrunsSession? FindSession(string id)
    {
        lock (Sync)
        {
            return _sessions.GetValueOrDefault(id);
        }
    }

    public bool RemoveSession(EverrunsSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        lock (Sync)
        {
            session.Events.Close();
            _tenants.GetValueOrDefault(session.TenantId)?.EverrunsSessions.Remove(session.Id);
            return _sessions.Remove(session.Id);
        }
    }

    /// <summary>Registers a new call under <paramref name="id"/>; the caller fills in facets while still holding <see cref="Sync"/>.</summary>
    public CallRecord NewCall(Tenant tenant, Surface surface, CallTransport transport, string id)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        lock (Sync)
        {
            if (_calls.ContainsKey(id))
            {
                throw new StoreException(StoreError.Conflict, $"call id '{id}' already exists");
            }

            var call = new CallRecord(id, surface, tenant.Id, transport, Now, Clock);
            _calls[id] = call;
            tenant.Calls.Add(call);
            PruneEnded(tenant);
            return call;
        }
    }

    public CallRecord? FindCall(string idOrAlias)
    {
        lock (Sync)
        {
            return _calls.GetValueOrDefault(idOrAlias);
        }
    }

    public void AddAlias(CallRecord call, string alias)
    {
        ArgumentNullException.ThrowIfNull(call);
        lock (Sync)
        {
            if (_calls.TryGetValue(alias, out var existing) && existing != call)
            {
                throw new StoreException(StoreError.Conflict, $"call id '{alias}' already names another call");
            }

            _calls[alias] = call;
            if (!call.Aliases.Contains(alias) && call.Id != alias)
            {
                call.AddAlias(alias);
            }
        }
    }

    /// <summary>
    /// Folds <paramref name="source"/> (an Everruns client-secret voice connection) into
    /// <paramref name="target"/> (the OpenAI call it attached to): one call, both names, one journal.
    /// </summary>
    public void Merge(CallRecord target, CallRecord source)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(source);
        lock (Sync)
        {
            target.Everruns ??= source.Everruns;
            target.LeaseExpiresAt = source.LeaseExpiresAt ?? target.LeaseExpiresAt;
            target.Agent ??= source.Agent;
            foreach (var name in source.Aliases.Prepend(source.Id))
            {
                _calls[name] = target;
                if (!target.Aliases.Contains(name))
                {
                    target.AddAlias(name);
                }
            }

            _tenants.GetValueOrDefault(source.TenantId)?.Calls.Remove(source);
            source.State = CallState.Ended;
            source.EndedAt = Now;
            source.EndReason = $"merged into {target.Id}";
            source.SignalEnded();
        }

        target.Journal.Absorb(source.Journal);
    }

    /// <summary>Moves a call along its state machine; false (and nothing changes) when the transition is not legal.</summary>
    public bool TryTransition(CallRecord call, CallState to, string? reason = null)
    {
        ArgumentNullException.ThrowIfNull(call);
        lock (Sync)
        {
            if (!CallStateMachine.CanTransition(call.State, to))
            {
                return false;
            }

            call.State = to;
            if (to == CallState.Active)
            {
                call.AnsweredAt = Now;
            }

            if (CallStateMachine.IsTerminal(to))
            {
                call.EndedAt = Now;
                call.EndReason = reason;
                RemoveTokensOf(call);
            }

            return true;
        }
    }

    public TokenRecord IssueToken(TokenKind kind, CallRecord call, DateTimeOffset? expiresAt)
    {
        ArgumentNullException.ThrowIfNull(call);
        lock (Sync)
        {
            var token = new TokenRecord { Value = PublicIds.NewToken(), Kind = kind, CallId = call.Id, TenantId = call.TenantId, ExpiresAt = expiresAt };
            _vault.Add(token);
            return token;
        }
    }

    public TokenRecord? FindToken(string value, TokenKind kind)
    {
        lock (Sync)
        {
            return _vault.Find(value, kind);
        }
    }

    public void AddClientSecret(ClientSecretRecord secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        lock (Sync)
        {
            _vault.AddSecret(secret);
        }
    }

    /// <summary>The secret if it exists and has not expired (an expired one is dropped).</summary>
    public ClientSecretRecord? FindClientSecret(string value)
    {
        lock (Sync)
        {
            return _vault.FindSecret(value, Now);
        }
    }

    public IReadOnlyList<CallRecord> LiveCalls()
    {
        lock (Sync)
        {
            return [.. _tenants.Values.SelectMany(t => t.Calls).Where(c => !c.IsTerminal)];
        }
    }

    /// <summary>Everything whose time has come: leases run out, rings unanswered, socket URLs unused, secrets expired.</summary>
    public DueWork CollectDue()
    {
        lock (Sync)
        {
            var now = Now;
            var leases = new List<CallRecord>();
            var rings = new List<CallRecord>();
            var sockets = new List<CallRecord>();
            foreach (var call in _tenants.Values.SelectMany(t => t.Calls).Where(c => !c.IsTerminal))
            {
                if (call.RingDeadline <= now && call.State is CallState.Created or CallState.Dialing or CallState.Ringing)
                {
                    rings.Add(call);
                }
                else if (call.LeaseExpiresAt <= now)
                {
                    leases.Add(call);
                }
            }

            foreach (var token in _vault.Expire(now))
            {
                if (_calls.TryGetValue(token.CallId, out var call) && call.State == CallState.Created)
                {
                    sockets.Add(call);
                }
            }

            return new DueWork(leases, rings, sockets);
        }
    }

    public StoreDiagnostics Diagnostics()
    {
        lock (Sync)
        {
            var calls = _tenants.Values.SelectMany(t => t.Calls).ToArray();
            return new StoreDiagnostics(
                _tenants.Count,
                _keys.Count,
                calls.Length,
                calls.Count(c => !c.IsTerminal),
                _vault.LiveTokens,
                _vault.ClientSecrets,
                _sessions.Count,
                _sessions.Values.Sum(s => s.Events.SubscriberCount),
                calls.Sum(c => c.Resources.Count));
        }
    }

    internal void RemoveTokensOf(CallRecord call)
    {
        _vault.Revoke(call.Id);

        if (call.Omnia is { } omnia)
        {
            omnia.SocketToken = null;
        }
    }

    private void Unindex(CallRecord call)
    {
        _vault.Forget(call.Id);
        foreach (var name in call.Aliases.Prepend(call.Id))
        {
            if (_calls.TryGetValue(name, out var indexed) && indexed == call)
            {
                _calls.Remove(name);
            }
        }

        RemoveTokensOf(call);
    }

    private void PruneEnded(Tenant tenant)
    {
        var ended = tenant.Calls.Count(c => c.IsTerminal);
        var excess = ended - Leases.RetainedEndedCallsPerTenant;
        if (excess <= 0)
        {
            return;
        }

        foreach (var old in tenant.Calls.Where(c => c.IsTerminal).Take(excess).ToArray())
        {
            tenant.Calls.Remove(old);
            Unindex(old);
        }
    }

    private static string NewKeyValue(Surface surface) => surface switch
    {
        Surface.Everruns => "evr_" + PublicIds.NewHex(16),
        Surface.OpenAI => "sk-" + PublicIds.NewHex(20),
        Surface.Omnia => "ck_test_" + PublicIds.NewHex(16),
        Surface.ClutchCall => "tqs_" + PublicIds.NewHex(16),
        Surface.VoiceAi => "vk_" + PublicIds.NewHex(16),
        _ => "key_" + PublicIds.NewHex(16),
    };
}
