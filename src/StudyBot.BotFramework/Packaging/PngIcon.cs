using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace StudyBot.BotFramework.Packaging;

/// <summary>Draws the two Teams app icons (a ring around a dot, a target) and encodes them as RGBA PNG.</summary>
internal static class PngIcon
{
    /// <summary>192×192, full colour, opaque background.</summary>
    public static byte[] Color() => Draw(192, background: (0x23, 0x2F, 0x3E, 255), foreground: (0xFF, 0x99, 0x00, 255));

    /// <summary>32×32, white on transparent, as Teams requires for the outline icon.</summary>
    public static byte[] Outline() => Draw(32, background: (0, 0, 0, 0), foreground: (255, 255, 255, 255));

    private static byte[] Draw(int size, (byte R, byte G, byte B, byte A) background, (byte R, byte G, byte B, byte A) foreground)
    {
        var rows = new byte[size * (1 + size * 4)];
        for (var y = 0; y < size; y++)
        {
            var row = y * (1 + size * 4);
            rows[row] = 0;
            for (var x = 0; x < size; x++)
            {
                var c = IsMark(x, y, size) ? foreground : background;
                var at = row + 1 + x * 4;
                rows[at] = c.R;
                rows[at + 1] = c.G;
                rows[at + 2] = c.B;
                rows[at + 3] = c.A;
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, size);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), size);
        header[8] = 8;
        header[9] = 6;
        Chunk(png, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var z = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                z.Write(rows);
            }

            Chunk(png, "IDAT", compressed.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A ring (a round badge) with a dot in the middle, scaled to the icon.</summary>
    private static bool IsMark(int x, int y, int size)
    {
        var cx = (size - 1) / 2.0;
        var dx = (x - cx) / size;
        var dy = (y - cx) / size;
        var r = Math.Sqrt(dx * dx + dy * dy);
        return r is > 0.30 and < 0.42 || r < 0.12;
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(length, Crc32([.. typeBytes, .. data]));
        png.Write(length);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
