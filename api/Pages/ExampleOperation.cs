namespace VcsDirectory.Api.Pages;

/// <summary>One example: its operation's name and the document.</summary>
public sealed record ExampleOperation(string Name, string Query);
