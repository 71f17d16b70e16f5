using System.Net;
using System.Net.Http.Headers;
using GpuHost.Security;
using Microsoft.Extensions.DependencyInjection;
using TestSupport;

namespace GpuHost.Tests;

/// <summary>
/// <c>Auth:AllowedCallers</c>: in Azure the host accepts the pipeline API's audience, so a person holding a pipeline
/// token must still not reach it; only the listed applications (the pipeline's managed identity) may call.
/// </summary>
[Collection(GpuHostCollection.Name)]
public sealed class CallerRestrictionTests(AzuriteFixture azurite, ModelFiles files)
{
    [Fact]
    public async Task OnlyListedApplications_MayCall_OthersGet403()
    {
        await using var host = new GpuHostFactory(azurite, files, new Dictionary<string, string?> { ["Auth:AllowedCallers:0"] = "pipeline-app-id" });
        var key = host.Services.GetRequiredService<LocalSigningKey>();
        var client = host.CreateClient();

        async Task<HttpStatusCode> CallAsync(string token)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/models");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return (await client.SendAsync(request)).StatusCode;
        }

        var pipeline = await CallAsync(key.CreateToken("svc", TimeSpan.FromMinutes(5), clientId: "pipeline-app-id"));
        var otherApp = await CallAsync(key.CreateToken("svc", TimeSpan.FromMinutes(5), clientId: "someone-elses-app"));
        var person = await CallAsync(key.CreateToken("dana", TimeSpan.FromMinutes(5)));

        Assert.Equal(HttpStatusCode.OK, pipeline);
        Assert.Equal(HttpStatusCode.Forbidden, otherApp);
        Assert.Equal(HttpStatusCode.Forbidden, person);
    }
}
