using VcsDirectory.Api.Import;

namespace VcsDirectory.Seed;

/// <summary>The directory's starting taxonomies for early-years and family VCS work (ours, not from a source).</summary>
public static class Taxonomy
{
    public static IReadOnlyList<TaxonomyTermRecord> CapacityAreas { get; } =
    [
        new("GOVERNANCE", "Governance", "Trustees, constitution, decision making and accountability."),
        new("FINANCIAL_MANAGEMENT", "Financial management", "Budgets, accounts, controls and reporting to funders."),
        new("FUNDRAISING", "Fundraising and bid writing", "Finding funders, writing bids and tenders, donor relations."),
        new("SAFEGUARDING", "Safeguarding", "Policies, training, DBS checks and safe practice with children and families."),
        new("VOLUNTEER_MANAGEMENT", "Volunteer management", "Recruiting, training, supporting and keeping volunteers."),
        new("OUTCOMES_MEASUREMENT", "Outcomes measurement", "Showing the difference made: outcomes frameworks, data and evaluation."),
        new("PREMISES", "Premises", "Finding, running and sharing safe, accessible buildings."),
        new("HR", "HR and employment", "Contracts, payroll, supervision and employment law."),
        new("MARKETING", "Marketing and communications", "Reaching families and partners: publicity, social media, newsletters."),
        new("DIGITAL", "Digital", "Systems, data protection, online services and cyber security."),
        new("PARTNERSHIP_WORKING", "Partnership working", "Working in consortia and with the council, schools and health services."),
    ];

    public static IReadOnlyList<TaxonomyTermRecord> ServiceCategories { get; } =
    [
        new("EARLY_YEARS", "Early years and childcare", "Play, early learning and childcare for children under five."),
        new("PARENTING_SUPPORT", "Parenting support", "Parenting programmes, groups and one-to-one support."),
        new("FAMILY_SUPPORT", "Family support", "Practical and emotional support for families under pressure."),
        new("HEALTH_WELLBEING", "Health and wellbeing", "Healthy pregnancy, breastfeeding, nutrition, physical activity."),
        new("SPEECH_LANGUAGE", "Speech and language", "Early communication, language groups, speech therapy support."),
        new("SEND", "Special educational needs and disabilities", "Support for children with SEND and their families."),
        new("ADULT_LEARNING", "Adult learning and employment", "Skills, qualifications and routes into work for parents."),
        new("DEBT_WELFARE", "Debt and welfare advice", "Benefits, debt, housing and money advice."),
        new("DOMESTIC_ABUSE", "Domestic abuse support", "Safety, refuge, recovery and prevention of domestic abuse."),
        new("MENTAL_HEALTH", "Mental health", "Perinatal and family mental health, peer support."),
        new("YOUTH", "Youth", "Activities and support for older children and young people."),
        new("COMMUNITY_VOLUNTEERING", "Community and volunteering", "Community activities and opportunities to volunteer."),
    ];

    public static IReadOnlyList<string> CapacityCodes { get; } = CapacityAreas.Select(c => c.Code).ToList();

    public static IReadOnlyList<string> ServiceCodes { get; } = ServiceCategories.Select(c => c.Code).ToList();
}
