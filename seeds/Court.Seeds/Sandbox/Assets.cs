using System.Globalization;
using GovData.Platform.V1;

namespace Court.Seeds.Sandbox;

/// <summary>Single assets as their institutions describe them, with numbers in each institution's format, claimed unique.</summary>
internal static class Assets
{
    private const string PlateLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ"; // no I or O on Chinese plates

    /// <summary>A deposit account; a person's account number is a bank card number with its Luhn check digit.</summary>
    public static AssetSeed Deposit(SeededRandom random, UniqueKeys keys, Bank bank, District branch, bool corporate, string description, long balanceFen)
    {
        var account = keys.ClaimNew(KeySpaces.Account, () => corporate
            ? random.Between(1, 9).ToString(CultureInfo.InvariantCulture) + random.Digits(bank.CorporateAccountLength - 1)
            : WithLuhnDigit(bank.CardPrefix + random.Digits(bank.CardLength - bank.CardPrefix.Length - 1)));
        return new AssetSeed(AssetCategory.BankDeposit, bank.Branch(branch), account, description, balanceFen);
    }

    /// <summary>A flat, office or factory: 不动产权证书 numbered 闽(年份)厦门市不动产权第NNNNNNN号.</summary>
    public static AssetSeed Property(SeededRandom random, UniqueKeys keys, string address, string use, decimal areaSquareMetres, int pricePerSquareMetreYuan, int registeredYear)
    {
        var certificate = keys.ClaimNew(KeySpaces.Certificate, () => $"闽({registeredYear})厦门市不动产权第{random.Digits(7)}号");
        return Property(certificate, address, use, areaSquareMetres, pricePerSquareMetreYuan);
    }

    /// <summary>A property with a given certificate number; the caller has claimed it.</summary>
    public static AssetSeed Property(string certificate, string address, string use, decimal areaSquareMetres, int pricePerSquareMetreYuan)
    {
        var valueFen = (long)decimal.Round(areaSquareMetres * pricePerSquareMetreYuan, MidpointRounding.AwayFromZero) * 100;
        return new AssetSeed(AssetCategory.RealEstate, Institutions.RealEstateRegistry, certificate,
            string.Create(CultureInfo.InvariantCulture, $"{address} {use} 建筑面积{areaSquareMetres:0.00}平方米"), valueFen);
    }

    /// <summary>A motor vehicle on a Xiamen plate (闽D); new-energy cars carry D or F and five digits.</summary>
    public static AssetSeed Vehicle(SeededRandom random, UniqueKeys keys, VehicleModel model, int registeredYear)
    {
        var plate = keys.ClaimNew(KeySpaces.Plate, () => "闽D·" + (model.NewEnergy ? (random.Chance(0.8) ? "D" : "F") + random.Digits(5) : PlateBody(random)));
        return Vehicle(plate, model, random.Pick(Institutions.Colours), registeredYear);
    }

    /// <summary>A vehicle with a given plate; the caller has claimed it.</summary>
    public static AssetSeed Vehicle(string plate, VehicleModel model, string colour, int registeredYear)
    {
        // Assessed value: 15% off per year since first registration, in whole hundreds of yuan.
        var valueYuan = (long)(model.NewPriceYuan * Math.Pow(0.85, SandboxRegistry.AsOfDate.Year - registeredYear)) / 100 * 100;
        return new AssetSeed(AssetCategory.Vehicle, Institutions.VehicleRegistry, plate,
            $"{model.Description} {colour} {registeredYear}年初次登记", valueYuan * 100);
    }

    /// <summary>A Shanghai securities account: A and nine digits for a person, B and nine digits for an institution.</summary>
    public static AssetSeed Securities(SeededRandom random, UniqueKeys keys, bool corporate, long valueFen)
    {
        var account = keys.ClaimNew(KeySpaces.Account, () => (corporate ? "B" : "A") + random.Digits(9));
        return new AssetSeed(AssetCategory.Securities, random.Pick(Institutions.SecuritiesCompanies), account, "沪市证券账户 资金及持仓市值", valueFen);
    }

    public static AssetSeed HousingFund(SeededRandom random, UniqueKeys keys, bool contributing, long balanceFen)
    {
        var account = keys.ClaimNew(KeySpaces.Account, () => "1" + random.Digits(11));
        return new AssetSeed(AssetCategory.HousingFund, Institutions.HousingFundCentre, account,
            contributing ? "住房公积金个人账户 缴存" : "住房公积金个人账户 封存", balanceFen);
    }

    /// <summary>A shareholding as the invested company's registry records it: the registered (subscribed) value.</summary>
    public static AssetSeed EquityStake(CompanySeed company, ShareholderSeed holder) =>
        new(AssetCategory.EquityStake, company.RegistrationAuthority, company.Code,
            string.Create(CultureInfo.InvariantCulture,
                $"{company.Name} {holder.BasisPoints / 100m:0.00}%股权 认缴出资{holder.SubscribedFen / 1_000_000m:0.##}万元"),
            holder.SubscribedFen);

    private static string PlateBody(SeededRandom random)
    {
        Span<char> chars = stackalloc char[5];
        for (var i = 0; i < 5; i++) chars[i] = (char)('0' + random.Next(10));
        // Most plates carry one or two letters among the digits.
        var letters = random.Between(0, 2);
        for (var i = 0; i < letters; i++) chars[random.Next(5)] = PlateLetters[random.Next(PlateLetters.Length)];
        return chars.ToString();
    }

    private static string WithLuhnDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 0) d = d * 2 > 9 ? (d * 2) - 9 : d * 2;
            sum += d;
        }
        return digits + (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
