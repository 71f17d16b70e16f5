namespace Pipeline.Security;

/// <summary>The app roles people and applications are assigned in Entra ID (and in dev tokens locally).</summary>
public static class AppRoles
{
    public const string Submitter = "Pipeline.Submitter";
    public const string Approver = "Pipeline.Approver";
    public const string InferenceUser = "Inference.User";
    public const string Admin = "Pipeline.Admin";
}
