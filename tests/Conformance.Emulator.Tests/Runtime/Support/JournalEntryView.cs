using System.Text.Json.Nodes;

namespace Conformance.Emulator.Tests.Runtime.Support;

/// <summary>A journal entry as the control API returns it.</summary>
internal sealed record JournalEntryView(long Seq, string Kind, double? MediaTimeMs, JsonObject Data)
{
    public double Number(string name) => Data[name]!.GetValue<double>();

    public string? Text(string name) => Data[name]?.GetValue<string>();

    public override string ToString() => $"#{Seq} {Kind} @{MediaTimeMs:0.#} {Data.ToJsonString()}";
}
