using GraphQLParser;
using GraphQLParser.Exceptions;

namespace VcsDirectory.Api.GraphQL.Protection;

internal static class TokenCounter
{
    /// <summary>Counts lexical tokens, stopping as soon as the limit is passed; a lexing error is left for the parser to report.</summary>
    public static bool Exceeds(string query, int max)
    {
        try
        {
            var count = 0;
            var token = Lexer.Lex(query, 0);
            while (token.Kind != TokenKind.EOF)
            {
                if (++count > max)
                {
                    return true;
                }

                token = Lexer.Lex(query, token.End);
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
        }

        return false;
    }
}
