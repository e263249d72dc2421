using GraphQL.Types;
using VcsDirectory.Api.GraphQL;

namespace VcsDirectory.Api.GraphQL.Paging;

public sealed class PageInfoType : DirectoryObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Description = "Relay's page information.";
        Field(p => p.HasNextPage).Description("True when nodes follow this page.");
        Field(p => p.HasPreviousPage).Description("True when nodes precede this page.");
        Field(p => p.StartCursor, nullable: true).Description("The cursor of the first node of this page.");
        Field(p => p.EndCursor, nullable: true).Description("The cursor of the last node of this page.");
    }
}
