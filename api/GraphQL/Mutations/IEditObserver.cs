namespace VcsDirectory.Api.GraphQL.Mutations;

/// <summary>
/// Another feature's reaction to an edit of <typeparamref name="TEntity"/>, in the same save: a support plan step is done
/// when its mentoring pairing completes, without Mentoring knowing support plans exist. <see cref="RecordEditor"/> calls
/// every registered observer after the edit's own rules pass; a problem an observer adds refuses the whole edit.
/// </summary>
public interface IEditObserver<in TEntity>
    where TEntity : class
{
    Task OnEditedAsync(EditScope scope, TEntity record, string action);
}
