using System.Globalization;

namespace Conformance.Rtc.Sdp;

/// <summary>Line-by-line parser behind <see cref="SdpMessage.TryParse"/>; collects errors, never throws.</summary>
internal sealed class SdpParser(string text)
{
    private const string SessionOnlyTypes = "vosuepzrt";
    private const string KnownTypes = "vosiuepcbtrzkam";

    private readonly List<SdpParseError> _errors = [];
    private readonly List<SdpLine> _sessionOther = [];
    private readonly List<SdpAttribute> _sessionAttributes = [];
    private readonly List<string> _timing = [];
    private readonly List<SdpMediaDescription> _media = [];

    private SdpMediaDescription? _current;
    private List<SdpAttribute> _mediaAttributes = [];
    private List<SdpLine> _mediaOther = [];
    private SdpConnection? _mediaConnection;

    private int? _version;
    private SdpOrigin? _origin;
    private bool _sawOrigin;
    private string? _sessionName;
    private SdpConnection? _sessionConnection;

    public IReadOnlyList<SdpParseError> Errors => _errors;

    public SdpMessage? Parse()
    {
        if (text.Length > SdpMessage.MaxLength)
        {
            _errors.Add(new SdpParseError(0, SdpErrorCode.TooLarge, $"The description is {text.Length} characters; the limit is {SdpMessage.MaxLength}."));
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            _errors.Add(new SdpParseError(0, SdpErrorCode.Empty, "The description is empty."));
            return null;
        }

        var lines = text.Split('\n');
        var last = lines.Length;
        while (last > 0 && lines[last - 1].TrimEnd('\r').Length == 0)
        {
            last--;
        }

        for (var i = 0; i < last; i++)
        {
            ParseLine(i + 1, lines[i].TrimEnd('\r'));
        }

        FinishMedia();
        if (_version is null)
        {
            _errors.Add(new SdpParseError(1, SdpErrorCode.MissingVersion, "The description must start with a v= line."));
        }

        if (!_sawOrigin)
        {
            _errors.Add(new SdpParseError(0, SdpErrorCode.MissingOrigin, "The description has no valid o= line."));
        }

        if (_sessionName is null)
        {
            _errors.Add(new SdpParseError(0, SdpErrorCode.MissingSessionName, "The description has no s= line."));
        }

        if (_timing.Count == 0)
        {
            _errors.Add(new SdpParseError(0, SdpErrorCode.MissingTiming, "The description has no t= line."));
        }

        if (_origin is null)
        {
            return null;
        }

        return new SdpMessage
        {
            Version = _version ?? 0,
            Origin = _origin,
            SessionName = _sessionName ?? "-",
            Connection = _sessionConnection,
            Timing = _timing,
            OtherLines = _sessionOther,
            Attributes = _sessionAttributes,
            Media = _media,
        };
    }

    private void ParseLine(int number, string line)
    {
        if (line.Length < 2 || line[1] != '=' || !char.IsAsciiLetterLower(line[0]))
        {
            Error(number, SdpErrorCode.MalformedLine, $"'{Shorten(line)}' is not a <type>=<value> line.");
            return;
        }

        var type = line[0];
        var value = line[2..];
        if (!KnownTypes.Contains(type, StringComparison.Ordinal))
        {
            Error(number, SdpErrorCode.UnknownLineType, $"Unknown line type '{type}=' (RFC 8866 §5 forbids extensions).");
            return;
        }

        if (number == 1 && type != 'v')
        {
            Error(number, SdpErrorCode.MissingVersion, "The description must start with a v= line.");
        }

        if (_current is not null && SessionOnlyTypes.Contains(type, StringComparison.Ordinal))
        {
            Error(number, SdpErrorCode.LineOutOfPlace, $"'{type}=' belongs to the session part, not after an m= line.");
            return;
        }

        switch (type)
        {
            case 'v':
                ParseVersion(number, value);
                break;
            case 'o':
                _sawOrigin = true;
                _origin = SdpOrigin.TryParse(value);
                if (_origin is null)
                {
                    Error(number, SdpErrorCode.MalformedOrigin, "o= needs six space-separated fields: username sess-id sess-version nettype addrtype address.");
                }

                break;
            case 's':
                _sessionName = value;
                break;
            case 't':
                _timing.Add(value);
                break;
            case 'c':
                ParseConnection(number, value);
                break;
            case 'm':
                FinishMedia();
                ParseMedia(number, value);
                break;
            case 'a':
                var attribute = ParseAttribute(number, value);
                (_current is null ? _sessionAttributes : _mediaAttributes).Add(attribute);
                break;
            default:
                (_current is null ? _sessionOther : _mediaOther).Add(new SdpLine(type, value, number));
                break;
        }
    }

    private void ParseVersion(int number, string value)
    {
        if (_version is not null)
        {
            Error(number, SdpErrorCode.LineOutOfPlace, "Only one v= line is allowed.");
            return;
        }

        _version = 0;
        if (value != "0")
        {
            Error(number, SdpErrorCode.UnsupportedVersion, $"Version '{Shorten(value)}' is not supported; only v=0 exists.");
        }
    }

    private void ParseConnection(int number, string value)
    {
        var connection = SdpConnection.TryParse(value);
        if (connection is null)
        {
            Error(number, SdpErrorCode.MalformedConnection, "c= needs three fields: nettype addrtype address.");
            return;
        }

        if (_current is null)
        {
            _sessionConnection = connection;
        }
        else
        {
            _mediaConnection = connection;
        }
    }

    private void ParseMedia(int number, string value)
    {
        var parts = value.Split(' ');
        if (parts.Length < 4 || parts[0].Length == 0 || parts[2].Length == 0 || parts.Skip(3).Any(f => f.Length == 0))
        {
            Error(number, SdpErrorCode.MalformedMedia, "m= needs: media port proto fmt ...");
            _current = PlaceholderMedia(number);
            return;
        }

        var portText = parts[1];
        int? count = null;
        var slash = portText.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            if (!int.TryParse(portText[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var c) || c <= 0)
            {
                Error(number, SdpErrorCode.MalformedMedia, $"'{Shorten(portText)}' is not a valid port/count.");
            }

            count = c;
            portText = portText[..slash];
        }

        if (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
        {
            Error(number, SdpErrorCode.MalformedMedia, $"'{Shorten(portText)}' is not a port number.");
            port = 0;
        }

        _current = new SdpMediaDescription
        {
            Media = parts[0],
            Port = port,
            PortCount = count,
            Protocol = parts[2],
            Formats = parts[3..],
            Line = number,
        };
    }

    private static SdpAttribute ParseAttribute(int number, string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? new SdpAttribute(value, null, number) : new SdpAttribute(value[..colon], value[(colon + 1)..], number);
    }

    private void FinishMedia()
    {
        if (_current is null)
        {
            return;
        }

        _media.Add(_current with { Connection = _mediaConnection, Attributes = _mediaAttributes, OtherLines = _mediaOther });
        _current = null;
        _mediaAttributes = [];
        _mediaOther = [];
        _mediaConnection = null;
    }

    private static SdpMediaDescription PlaceholderMedia(int number) =>
        new() { Media = "", Port = 0, Protocol = "", Formats = [], Line = number };

    private void Error(int line, SdpErrorCode code, string message) => _errors.Add(new SdpParseError(line, code, message));

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
