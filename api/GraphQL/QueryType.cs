using GraphQL.Types;
using VcsDirectory.Api.Audit;
using VcsDirectory.Api.Centres;
using VcsDirectory.Api.Engagement;
using VcsDirectory.Api.Geography;
using VcsDirectory.Api.Mentoring;
using VcsDirectory.Api.GraphQL.Nodes;
using VcsDirectory.Api.Organisations;
using VcsDirectory.Api.Outreach;
using VcsDirectory.Api.Outreach.NeedMap;
using VcsDirectory.Api.Services;
using VcsDirectory.Api.Taxonomies;

namespace VcsDirectory.Api.GraphQL;

/// <summary>The root query only gathers the fields each feature contributes.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        this.AddNodeQueries();
        this.AddOrganisationQueries();
        this.AddChildrensCentreQueries();
        this.AddServiceQueries();
        this.AddOutreachQueries();
        this.AddNeedMapQueries();
        this.AddWardQueries();
        this.AddTaxonomyQueries();
        this.AddEngagementQueries();
        this.AddMentoringQueries();
        this.AddAuditQueries();
    }
}
