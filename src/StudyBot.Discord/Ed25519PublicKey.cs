using System.Runtime.InteropServices;

namespace StudyBot.Discord;

/// <summary>
/// Whether 64 hex characters are an Ed25519 public key: canonically encoded, a point of the curve, in its prime-order
/// group. NSec's raw import takes any 32 bytes, so a mistyped key used to start and then refuse every signature; this asks
/// libsodium (the library NSec ships with the app) itself.
/// </summary>
public static class Ed25519PublicKey
{
    private const string Sodium = "libsodium";

    /// <summary>False for a key that cannot verify any signature; null when libsodium cannot be asked here.</summary>
    public static bool? IsValid(string hex)
    {
        if (hex.Length != 64 || !hex.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        try
        {
            if (sodium_init() < 0)
            {
                return null;
            }

            return crypto_core_ed25519_is_valid_point(Convert.FromHexString(hex)) == 1;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [DllImport(Sodium, CallingConvention = CallingConvention.Cdecl)]
    private static extern int sodium_init();

    [DllImport(Sodium, CallingConvention = CallingConvention.Cdecl)]
    private static extern int crypto_core_ed25519_is_valid_point(byte[] point);
}
