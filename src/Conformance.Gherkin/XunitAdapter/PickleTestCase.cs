using System.ComponentModel;
using Conformance.Gherkin.Running;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Conformance.Gherkin.XunitAdapter;

/// <summary>
/// One pickle as an xunit test case. It carries the pickle's key (<c>uri:line</c>) and the
/// attribute's configuration through serialisation; at run time the pickle is found again in the
/// run's plan and executed by the runner core.
/// </summary>
public sealed class PickleTestCase : XunitTestCase
{
    private string _key = "";
    private string _displayName = "";
    private string _featureName = "";
    private string[] _tags = [];
    private string _featuresFolder = "";
    private string? _tagFilter;
    private string[] _stepAssemblies = [];
    private string _runName = "";
    private double _stepTimeoutSeconds;

    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public PickleTestCase()
    {
    }

    internal PickleTestCase(
        IMessageSink diagnosticMessageSink,
        TestMethodDisplay display,
        TestMethodDisplayOptions displayOptions,
        ITestMethod testMethod,
        GherkinScenariosConfiguration configuration,
        PlannedPickle pickle)
        : base(diagnosticMessageSink, display, displayOptions, testMethod, null)
    {
        _key = pickle.Key;
        _displayName = pickle.DisplayName;
        _featureName = pickle.Feature.FeatureName;
        _tags = [.. pickle.Tags];
        _featuresFolder = configuration.FeaturesFolder;
        _tagFilter = configuration.Tags;
        _stepAssemblies = [.. configuration.StepAssemblies];
        _runName = configuration.RunName;
        _stepTimeoutSeconds = configuration.StepTimeoutSeconds;
    }

    /// <summary>The pickle's <c>uri:line</c>.</summary>
    public string PickleKey => _key;

    internal GherkinScenariosConfiguration Configuration => new(_featuresFolder, _tagFilter, _stepAssemblies, _runName, _stepTimeoutSeconds);

    public override void Serialize(IXunitSerializationInfo data)
    {
        ArgumentNullException.ThrowIfNull(data);
        base.Serialize(data);
        data.AddValue("PickleKey", _key);
        data.AddValue("PickleName", _displayName);
        data.AddValue("FeatureName", _featureName);
        data.AddValue("Tags", _tags);
        data.AddValue("FeaturesFolder", _featuresFolder);
        data.AddValue("TagFilter", _tagFilter);
        data.AddValue("StepAssemblies", _stepAssemblies);
        data.AddValue("RunName", _runName);
        data.AddValue("StepTimeoutSeconds", _stepTimeoutSeconds);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        ArgumentNullException.ThrowIfNull(data);
        _key = data.GetValue<string>("PickleKey");
        _displayName = data.GetValue<string>("PickleName");
        _featureName = data.GetValue<string>("FeatureName");
        _tags = data.GetValue<string[]>("Tags");
        _featuresFolder = data.GetValue<string>("FeaturesFolder");
        _tagFilter = data.GetValue<string?>("TagFilter");
        _stepAssemblies = data.GetValue<string[]>("StepAssemblies");
        _runName = data.GetValue<string>("RunName");
        _stepTimeoutSeconds = data.GetValue<double>("StepTimeoutSeconds");
        base.Deserialize(data);
    }

    public override Task<RunSummary> RunAsync(
        IMessageSink diagnosticMessageSink,
        IMessageBus messageBus,
        object[] constructorArguments,
        ExceptionAggregator aggregator,
        CancellationTokenSource cancellationTokenSource) =>
        new PickleTestCaseRunner(this, constructorArguments.OfType<GherkinRun>().FirstOrDefault(), messageBus, aggregator, cancellationTokenSource).RunAsync();

    protected override void Initialize()
    {
        base.Initialize();
        DisplayName = _displayName;
        Traits.TryAdd("Feature", []);
        Traits["Feature"].Add(_featureName);
        if (_tags.Length > 0)
        {
            Traits.TryAdd("Tag", []);
            Traits["Tag"].AddRange(_tags.Select(t => t.TrimStart('@')));
        }
    }

    protected override string GetUniqueID() => $"{base.GetUniqueID()}:{_key}";
}
