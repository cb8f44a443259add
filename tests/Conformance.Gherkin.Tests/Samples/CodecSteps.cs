using Conformance.Gherkin.Bindings;

namespace Conformance.Gherkin.Tests.Samples;

public sealed class CodecSteps
{
    private Codec _codec;
    private int _rateKhz;

    [ParameterType("codec", "[Oo]pus|[Pp][Cc][Mm][UuAa]")]
    public static Codec ToCodec(string name) => Enum.Parse<Codec>(name, ignoreCase: true);

    [Given("a call using {codec} at {int} kHz")]
    public void CallUsing(Codec codec, int rateKhz) => (_codec, _rateKhz) = (codec, rateKhz);

    [Then("the codec is {codec} with {int} samples per {int} ms frame")]
    public void CodecIs(Codec codec, int samples, int frameMs)
    {
        Assert.Equal(codec, _codec);
        Assert.Equal(samples, _rateKhz * frameMs);
    }
}
