namespace Court.Kernel.Identifiers;

/// <summary>What is wrong with a string offered as an identifier; <see cref="None"/> when it is valid.</summary>
public enum IdentifierProblem
{
    None,
    Missing,
    WrongLength,
    FullWidthCharacter,
    InvalidCharacter,
    InvalidBirthDate,
    InvalidRegistrationAuthority,
    InvalidDivisionCode,
    InvalidOrganizationCode,
    WrongCheckCharacter,
}
