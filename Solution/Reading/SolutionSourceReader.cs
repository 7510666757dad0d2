using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using SocialCrm.Solution.Registration;

namespace SocialCrm.Solution.Reading;

/// <summary>
/// First stage of packing: reads the unpacked source (SolutionPackager's layout) for one kind of package. It never stops
/// at a bad file: parse errors and unknown files become problems for the validator to report with the rest.
/// </summary>
public sealed class SolutionSourceReader
{
    // SolutionPackager keeps a managed-only variant of a component beside the unmanaged one, as X_managed.xml.
    private const string ManagedSuffix = "_managed.xml";

    // Folders whose files go into the zip as they are, one component per folder
    // (https://learn.microsoft.com/power-apps/developer/data-platform/create-custom-api-solution).
    private static readonly string[] CopiedFolders = { "environmentvariabledefinitions" };

    public SolutionSource Read(string sourceDirectory, PackageKind kind, IEnumerable<string> assemblyFiles)
    {
        var root = Path.GetFullPath(sourceDirectory);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The solution source folder {root} does not exist.");
        }

        var handed = assemblyFiles
            .Select(f => new BinaryFile(Path.GetFullPath(f), Path.GetFileName(f), File.ReadAllBytes(f)))
            .ToList();
        return RegistrationGenerator.AddDeclaredRegistrations(new ReadPass(root, kind).Run(handed));
    }

    /// <summary>The state of one read.</summary>
    private sealed class ReadPass
    {
        private readonly string _root;
        private readonly PackageKind _kind;
        private readonly List<SolutionProblem> _problems = new();
        private readonly List<MergedComponent> _merged = new();
        private readonly List<SourceDocument> _copied = new();
        private readonly List<BinaryFile> _binaries = new();
        private readonly SortedDictionary<string, EntityFolder> _entities = new(StringComparer.Ordinal);
        private SourceDocument? _manifest;
        private SourceDocument? _customizations;
        private SourceDocument? _relationshipIndex;

        public ReadPass(string root, PackageKind kind)
        {
            _root = root;
            _kind = kind;
        }

        public SolutionSource Run(IReadOnlyList<BinaryFile> handed)
        {
            foreach (var (path, componentPath) in SelectVariants(RelativeFiles()))
            {
                Classify(path, componentPath);
            }

            var entities = _entities.Select(e => e.Value.Build(e.Key, _problems)).Where(e => e != null).Select(e => e!).ToList();
            return new SolutionSource(_kind, _manifest, _customizations, _relationshipIndex, entities, _merged, _copied, _binaries, handed, _problems);
        }

        private IEnumerable<string> RelativeFiles() =>
            Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(_root, f).Replace('\\', '/'))
                .OrderBy(f => f, StringComparer.Ordinal);

        // An unmanaged package ignores managed variants; a managed one takes the variant instead of the plain file.
        private IEnumerable<(string Path, string ComponentPath)> SelectVariants(IEnumerable<string> files)
        {
            var all = files.ToList();
            var variants = new HashSet<string>(all.Where(IsVariant).Select(Plain), StringComparer.Ordinal);
            foreach (var file in all)
            {
                if (IsVariant(file))
                {
                    if (_kind == PackageKind.Managed)
                    {
                        yield return (file, Plain(file));
                    }
                }
                else if (_kind == PackageKind.Unmanaged || !variants.Contains(file))
                {
                    yield return (file, file);
                }
            }
        }

        private static bool IsVariant(string path) => path.EndsWith(ManagedSuffix, StringComparison.OrdinalIgnoreCase);

        private static string Plain(string variant) => variant.Substring(0, variant.Length - ManagedSuffix.Length) + ".xml";

        private void Classify(string path, string componentPath)
        {
            switch (componentPath)
            {
                case "Other/Solution.xml":
                    _manifest = Load(path, componentPath);
                    return;
                case "Other/Customizations.xml":
                    _customizations = Load(path, componentPath);
                    return;
                case "Other/Relationships.xml":
                    _relationshipIndex = Load(path, componentPath);
                    return;
            }

            if (RegistrationGenerator.GeneratedFolders.Any(f => componentPath.StartsWith(f + "/", StringComparison.Ordinal)))
            {
                if (ServiceEndpointSteps.Matches(componentPath) && Load(path, componentPath) is { } document && ServiceEndpointSteps.IsHandledByEndpoint(document.Root))
                {
                    _merged.Add(new MergedComponent(ServiceEndpointSteps.Folder, document));
                    return;
                }

                _problems.Add(new SolutionProblem(path, 0, "(file)",
                    "Steps and Custom APIs are generated from the [PluginStep] and [CustomApi] attributes of the plug-in classes, their one source: declare it there and remove this file (only a step whose handler is a service endpoint is written by hand)."));
                return;
            }

            if (componentPath.StartsWith("Entities/", StringComparison.Ordinal) && ClassifyEntityFile(path, componentPath))
            {
                return;
            }

            var folder = ComponentFolder.All.FirstOrDefault(f => f.Matches(componentPath));
            if (folder != null)
            {
                Add(Load(path, componentPath), d => _merged.Add(new MergedComponent(folder, d)));
            }
            else if (IsPluginAssemblyBinary(componentPath) || WebResourceFiles.IsContent(componentPath))
            {
                _binaries.Add(new BinaryFile(path, componentPath.Substring(componentPath.LastIndexOf('/') + 1), File.ReadAllBytes(Full(path))));
            }
            else if (CopiedFolders.Any(f => componentPath.StartsWith(f + "/", StringComparison.Ordinal)) && componentPath.EndsWith(".xml", StringComparison.Ordinal))
            {
                Add(Load(path, componentPath), _copied.Add);
            }
            else
            {
                _problems.Add(new SolutionProblem(path, 0, "(file)", "No component folder of the packer holds this file, so it would not reach the zip."));
            }
        }

        // Entities/<table>/Entity.xml, RibbonDiff.xml, FormXml/<type>/<id>.xml, SavedQueries/<id>.xml, Visualizations/<id>.xml
        private bool ClassifyEntityFile(string path, string componentPath)
        {
            var parts = componentPath.Split('/');
            if (parts.Length < 3)
            {
                return false;
            }

            if (!_entities.TryGetValue(parts[1], out var entity))
            {
                entity = new EntityFolder();
                _entities.Add(parts[1], entity);
            }

            switch (parts.Length, parts[2])
            {
                case (3, "Entity.xml"):
                    entity.Entity = Load(path, componentPath);
                    return true;
                case (3, "RibbonDiff.xml"):
                    entity.RibbonDiff = Load(path, componentPath);
                    return true;
                case (5, "FormXml"):
                    Add(Load(path, componentPath), d => entity.Forms.Add(new FormSource(parts[3], d)));
                    return true;
                case (4, "SavedQueries"):
                    Add(Load(path, componentPath), entity.Views.Add);
                    return true;
                case (4, "Visualizations"):
                    Add(Load(path, componentPath), entity.Visualizations.Add);
                    return true;
                default:
                    return false;
            }
        }

        private static bool IsPluginAssemblyBinary(string componentPath) =>
            componentPath.StartsWith("PluginAssemblies/", StringComparison.Ordinal)
            && componentPath.Split('/').Length == 3
            && componentPath.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);

        private static void Add(SourceDocument? document, Action<SourceDocument> add)
        {
            if (document != null)
            {
                add(document);
            }
        }

        private SourceDocument? Load(string path, string componentPath)
        {
            try
            {
                using var stream = File.OpenRead(Full(path));
                using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
                var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
                if (document.Root == null)
                {
                    _problems.Add(new SolutionProblem(path, 0, "(file)", "The file has no root element."));
                    return null;
                }

                return new SourceDocument(path, componentPath, document);
            }
            catch (XmlException e)
            {
                _problems.Add(new SolutionProblem(path, e.LineNumber, "(file)", "The file is not well-formed XML: " + e.Message));
                return null;
            }
        }

        private string Full(string path) => Path.Combine(_root, path);
    }

    /// <summary>What one Entities/&lt;table&gt; folder holds while the read goes on.</summary>
    private sealed class EntityFolder
    {
        public SourceDocument? Entity { get; set; }

        public SourceDocument? RibbonDiff { get; set; }

        public List<FormSource> Forms { get; } = new();

        public List<SourceDocument> Views { get; } = new();

        public List<SourceDocument> Visualizations { get; } = new();

        public EntitySource? Build(string folder, List<SolutionProblem> problems)
        {
            if (Entity == null)
            {
                problems.Add(new SolutionProblem($"Entities/{folder}", 0, "(folder)", "The table folder has no Entity.xml."));
                return null;
            }

            return new EntitySource(folder, Entity, Forms, Views, Visualizations, RibbonDiff);
        }
    }
}
