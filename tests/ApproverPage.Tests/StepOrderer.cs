using Xunit.Abstractions;
using Xunit.Sdk;

namespace ApproverPage.Tests;

/// <summary>The position of a test in a story that shares one run (the submitter before the approvers, and so on).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class StepAttribute(int number) : Attribute
{
    public int Number { get; } = number;
}

/// <summary>Runs a class's tests in <see cref="StepAttribute"/> order (xunit's default order is unspecified).</summary>
public sealed class StepOrderer : ITestCaseOrderer
{
    public const string TypeName = "ApproverPage.Tests.StepOrderer";
    public const string AssemblyName = "ApproverPage.Tests";

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : ITestCase =>
        testCases.OrderBy(t => Step(t)).ThenBy(t => t.TestMethod.Method.Name, StringComparer.Ordinal);

    private static int Step(ITestCase testCase) =>
        testCase.TestMethod.Method.GetCustomAttributes(typeof(StepAttribute).AssemblyQualifiedName).FirstOrDefault() is { } step
            ? step.GetConstructorArguments().OfType<int>().First()
            : int.MaxValue;
}
