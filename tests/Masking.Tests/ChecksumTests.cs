using Masking.Recognizers;

namespace Masking.Tests;

public sealed class ChecksumTests
{
    [Theory]
    [InlineData("4111 1111 1111 1111", true)]
    [InlineData("5500-0000-0000-0004", true)]
    [InlineData("378282246310005", true)]
    [InlineData("4111 1111 1111 1112", false)]
    public void Luhn(string value, bool valid) => Assert.Equal(valid, Checksums.Luhn(value));

    [Theory]
    [InlineData("GB82 WEST 1234 5698 7654 32", true)]
    [InlineData("DE89370400440532013000", true)]
    [InlineData("FR1420041010050500013M02606", true)]
    [InlineData("GB82 WEST 1234 5698 7654 33", false)]
    [InlineData("DE8937040044053201300", false)]
    public void Iban(string value, bool valid) => Assert.Equal(valid, Checksums.Iban(value));

    [Theory]
    [InlineData("021000021", true)]
    [InlineData("011000015", true)]
    [InlineData("021000022", false)]
    [InlineData("991000021", false)]
    public void AbaRouting(string value, bool valid) => Assert.Equal(valid, Checksums.AbaRouting(value));

    [Theory]
    [InlineData("002010077777777771", true)]  // Banxico's published example
    [InlineData("072180000987654320", true)]
    [InlineData("072180000987654321", false)] // check digit off by one
    [InlineData("07218000098765432", false)]  // seventeen digits
    [InlineData("07218000098765432A", false)]
    public void Clabe(string value, bool valid) => Assert.Equal(valid, Checksums.Clabe(value));

    [Theory]
    [InlineData("9434765919", true)]
    [InlineData("9434765918", false)]
    public void NhsNumber(string value, bool valid) => Assert.Equal(valid, Checksums.NhsNumber(value));

    [Theory]
    [InlineData("1HGCM82633A004352", true)]
    [InlineData("1M8GDM9AXKP042788", true)]
    [InlineData("1HGCM82643A004352", false)]
    public void Vin(string value, bool valid) => Assert.Equal(valid, Checksums.Vin(value));

    [Theory]
    [InlineData("219099999", true)]
    [InlineData("000123456", false)]
    [InlineData("666123456", false)]
    [InlineData("912345678", false)]
    [InlineData("123004567", false)]
    [InlineData("123450000", false)]
    public void SsnStructure(string value, bool valid) => Assert.Equal(valid, Checksums.SsnStructure(value));
}
