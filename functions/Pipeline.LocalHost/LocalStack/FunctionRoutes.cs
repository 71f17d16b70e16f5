using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Pipeline.LocalHost.LocalStack;

/// <summary>
/// Serves the Functions app's HTTP functions on plain ASP.NET Core: every method with <c>[Function]</c> and an
/// <c>[HttpTrigger]</c> parameter becomes an endpoint with the trigger's route and verbs under <c>/api</c>, so the local
/// stack answers exactly the routes the app has (no second route table to drift). Parameters are bound the way the
/// Functions host binds them: the request, route values by name, the Durable Task client, the cancellation token.
/// </summary>
internal static class FunctionRoutes
{
    public const string Prefix = "api";

    /// <summary>Maps every HTTP function in <paramref name="assembly"/>; returns the routes mapped (for the start-up banner).</summary>
    public static IReadOnlyList<string> Map(IEndpointRouteBuilder endpoints, Assembly assembly)
    {
        var mapped = new List<string>();
        foreach (var type in assembly.GetExportedTypes())
        {
            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            {
                if (method.GetCustomAttribute<FunctionAttribute>() is null
                    || method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null) is not { } trigger)
                {
                    continue;
                }

                var route = $"/{Prefix}/{trigger.Route}";
                var verbs = (trigger.Methods ?? ["get"]).Select(m => m.ToUpperInvariant()).ToArray();
                // Reflection once per route; per request only the binding and the call.
                var parameters = method.GetParameters();
                var create = method.IsStatic ? null : ActivatorUtilities.CreateFactory(type, []);
                endpoints.MapMethods(route, verbs, context => InvokeAsync(context, type, method, parameters, create));
                mapped.Add($"{string.Join(",", verbs)} {route}");
            }
        }

        return mapped;
    }

    private static async Task InvokeAsync(HttpContext context, Type type, MethodInfo method, ParameterInfo[] parameters, ObjectFactory? create)
    {
        // Functions creates the class per invocation from the app's services; so does this.
        var target = create?.Invoke(context.RequestServices, null);
        var arguments = parameters.Select(p => Bind(context, p)).ToArray();
        var returned = method.Invoke(target, arguments);
        var result = returned switch
        {
            Task<IActionResult> task => await task,
            IActionResult value => value,
            _ => throw new InvalidOperationException($"{type.Name}.{method.Name} does not return an IActionResult."),
        };
        await result.ExecuteResultAsync(new ActionContext(context, context.GetRouteData(), new ActionDescriptor()));
    }

    private static object? Bind(HttpContext context, ParameterInfo parameter)
    {
        if (parameter.ParameterType == typeof(HttpRequest))
        {
            return context.Request;
        }

        if (parameter.ParameterType == typeof(DurableTaskClient))
        {
            return context.RequestServices.GetRequiredService<DurableTaskClient>();
        }

        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return context.RequestAborted;
        }

        if (parameter.ParameterType == typeof(string))
        {
            return context.GetRouteValue(parameter.Name!)?.ToString();
        }

        throw new InvalidOperationException($"The local stack cannot bind parameter '{parameter.Name}' of type {parameter.ParameterType.Name}.");
    }
}
