using System;

namespace SocialCrm.Integration.Sources.Import;

/// <summary>The file as a whole cannot be imported (unknown format, a header naming no field of a mention).</summary>
public sealed class ImportFileException(string message) : Exception(message);
