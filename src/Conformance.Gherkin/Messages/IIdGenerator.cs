namespace Conformance.Gherkin.Messages;

/// <summary>Makes the ids that link AST nodes, pickles and run messages. One per run: ids are unique in it.</summary>
public interface IIdGenerator
{
    string NewId();
}
