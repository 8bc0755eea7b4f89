using Microsoft.AspNetCore.Identity;

namespace Court.Host.Accounts;

internal static class AccountMessages
{
    /// <summary>Identity's password and user-name errors in Chinese.</summary>
    public static string Password(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => "密码至少10位",
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => "密码须包含数字",
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => "密码须包含小写字母",
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => "密码须包含大写字母",
        nameof(IdentityErrorDescriber.DuplicateUserName) => "该用户名已被使用",
        _ => "账户信息不符合要求：" + error.Code,
    };
}
