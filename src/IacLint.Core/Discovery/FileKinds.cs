using System.Runtime.InteropServices;

namespace IacLint.Discovery;

/// <summary>
/// Whether a path is a regular file. .NET reports FIFOs, sockets and device files as ordinary files, and opening a
/// FIFO blocks until something writes to it, so a named pipe called <c>main.tf</c> would hang the audit: the type is
/// checked with <c>stat</c> before anything is opened.
/// </summary>
public static partial class FileKinds
{
    private const uint TypeMask = 0xF000; // S_IFMT
    private const uint RegularFile = 0x8000; // S_IFREG
    private const uint DirectoryType = 0x4000; // S_IFDIR

    /// <summary>False for a FIFO, socket or device; true for a regular file, and wherever the type cannot be known
    /// (Windows has none of these in a source tree).</summary>
    public static bool IsRegularOrUnknown(string path) => Mode(path) is not { } mode || (mode & TypeMask) is RegularFile or DirectoryType;

    private static uint? Mode(string path)
    {
        if (OperatingSystem.IsWindows()) return null;
        // struct stat: st_mode is at byte 24 on Linux x64, 16 on Linux arm64, 4 (16 bits) on macOS.
        int offset;
        if (OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64) offset = 24;
        else if (OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.Arm64) offset = 16;
        else if (OperatingSystem.IsMacOS()) offset = 4;
        else return null;
        var buffer = new byte[512];
        try
        {
            if (Stat(path, buffer) != 0) return null;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
        return OperatingSystem.IsMacOS() ? BitConverter.ToUInt16(buffer, offset) : BitConverter.ToUInt32(buffer, offset);
    }

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, [Out] byte[] buffer);
}
