namespace VcsDirectory.Api.Consortia.Building;

public enum ConsortiumRole
{
    Lead,
    Member,
}
