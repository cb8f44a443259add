namespace Conformance.Gherkin.Parsing;

public enum ParseErrorKind
{
    /// <summary>A line the grammar does not allow where it stands.</summary>
    UnexpectedToken,

    /// <summary>The file ended inside a construct (an open doc string, tags with nothing after them).</summary>
    UnexpectedEndOfFile,

    /// <summary>A table row with a different number of cells than the first row.</summary>
    InconsistentCellCount,

    /// <summary>A tag with whitespace inside it.</summary>
    WhitespaceInTag,

    /// <summary><c># language:</c> names a language the keyword table does not have.</summary>
    UnsupportedLanguage,
}
