using System.Text.Json;

namespace Court.EDossier.Ingest;

/// <summary>
/// The bounded walk of a PDF's object graph that must pass before any PDF library sees the bytes: the page tree (no cycle,
/// every kid a page dictionary whose /Parent is its node, /Count true, not deeper than <see cref="MaxTreeDepth"/>), every
/// other /Kids tree (name trees, number trees, form fields), /Parent chains, outlines (/First and /Next without a cycle),
/// and the depth of the reference graph that a recursive copier follows. Direct nesting is bounded by the JSON depth.
/// All walks are iterative. The limits are far above what real documents use and proven harmless for PDFsharp by the tests.
/// </summary>
internal static class PdfStructure
{
    internal const int MaxNesting = 64;
    internal const int MaxTreeDepth = 32;
    internal const int MaxOutlineDepth = 64;
    internal const int MaxReferenceDepth = 256;

    /// <summary>qpdf's JSON wraps an object's value in five levels: root, "qpdf", its second element, the object, "value"/"stream".</summary>
    internal const int JsonDepth = MaxNesting + 6;

    // Keys that point back up or across (to a parent, a page, a previous sibling): a copier meets them already copied.
    private static readonly HashSet<string> BackKeys = new(StringComparer.Ordinal)
    {
        "/Parent", "/P", "/Pg", "/Prev", "/Last", "/Next", "/Dest", "/D", "/Dests", "/V", "/N", "/Popup", "/IRT", "/SE",
    };

    /// <summary>Why the structure is refused, or null and the number of pages.</summary>
    internal static IngestRefusal? Check(PdfGraph graph, out int pageCount)
    {
        pageCount = 0;
        var root = graph.Get(graph.Trailer, "/Root");
        if (root is not { ValueKind: JsonValueKind.Object } catalog) return IngestRefusals.PdfCorrupt();
        if (PageTree(graph, catalog, out pageCount) is { } refusal) return refusal;

        var objects = graph.Objects.Keys.ToList();
        if (LongestPath(objects, n => Each(graph, n, "/Kids", 1), MaxTreeDepth, cyclesFail: true) is { } kids)
            return IngestRefusals.PdfStructure(kids ? "树形结构（/Kids）循环引用" : $"树形结构层级超过 {MaxTreeDepth} 层");
        if (LongestPath(objects, n => Each(graph, n, "/Parent", 1), MaxReferenceDepth, cyclesFail: true) is { } parents)
            return IngestRefusals.PdfStructure(parents ? "上级引用（/Parent）循环" : "上级引用链过长");
        if (LongestPath(objects, n => [.. Each(graph, n, "/First", 1), .. Each(graph, n, "/Next", 0)], MaxOutlineDepth, cyclesFail: true) is { } outlines)
            return IngestRefusals.PdfStructure(outlines ? "书签（大纲）循环引用" : $"书签层级超过 {MaxOutlineDepth} 层");
        if (LongestPath(objects, n => Forward(graph, n), MaxReferenceDepth, cyclesFail: false) is not null)
            return IngestRefusals.PdfStructure($"对象引用链超过 {MaxReferenceDepth} 层");
        return null;
    }

    private static IngestRefusal? PageTree(PdfGraph graph, JsonElement catalog, out int leaves)
    {
        leaves = 0;
        if (!catalog.TryGetProperty("/Pages", out var pagesValue) || PdfGraph.AsReference(pagesValue) is not { } rootRef) return IngestRefusals.PdfCorrupt();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<(string Node, int Parent, bool Leaf)>(); // pre-order; counts are summed backwards
        var stack = new Stack<(string Node, string? Parent, int ParentIndex, int Depth)>();
        stack.Push((rootRef, null, -1, 0));
        while (stack.Count > 0)
        {
            var (node, parent, parentIndex, depth) = stack.Pop();
            if (!visited.Add(node)) return IngestRefusals.PdfStructure("页面树循环引用");
            if (depth > MaxTreeDepth) return IngestRefusals.PdfStructure($"页面树层级超过 {MaxTreeDepth} 层");
            if (!graph.Objects.TryGetValue(node, out var dictionary) || dictionary.ValueKind != JsonValueKind.Object || graph.IsStream(node))
                return IngestRefusals.PdfStructure("页面树中含有不是页面的对象");
            if (parent is not null && (!dictionary.TryGetProperty("/Parent", out var up) || PdfGraph.AsReference(up) != parent))
                return IngestRefusals.PdfStructure("页面的上级引用（/Parent）与页面树不符");
            var index = order.Count;
            if (dictionary.TryGetProperty("/Kids", out var kidsValue))
            {
                if (graph.Resolve(kidsValue) is not { ValueKind: JsonValueKind.Array } kids) return IngestRefusals.PdfStructure("页面树节点的 /Kids 不是数组");
                order.Add((node, parentIndex, false));
                foreach (var kid in kids.EnumerateArray())
                {
                    if (PdfGraph.AsReference(kid) is not { } kidRef) return IngestRefusals.PdfStructure("页面树中含有不是页面的对象");
                    stack.Push((kidRef, node, index, depth + 1));
                }
            }
            else
            {
                if (PdfGraph.AsName(dictionary.TryGetProperty("/Type", out var type) ? type : default) is { } name && name != "/Page")
                    return IngestRefusals.PdfStructure("页面树中含有不是页面的对象");
                order.Add((node, parentIndex, true));
            }
        }
        var counts = new long[order.Count];
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var (node, parentIndex, leaf) = order[i];
            if (leaf) counts[i] = 1;
            else if (!graph.Objects[node].TryGetProperty("/Count", out var count) || count.ValueKind != JsonValueKind.Number
                || !count.TryGetInt64(out var declared) || declared != counts[i])
                return IngestRefusals.PdfStructure("页面树的页数（/Count）与实际页面不符");
            if (parentIndex >= 0) counts[parentIndex] += counts[i];
        }
        leaves = checked((int)counts[0]);
        return null;
    }

    private static IEnumerable<(string, int)> Each(PdfGraph graph, string node, string key, int weight)
    {
        if (!graph.Objects.TryGetValue(node, out var o) || o.ValueKind != JsonValueKind.Object || !o.TryGetProperty(key, out var value)) return [];
        if (PdfGraph.AsReference(value) is { } single) return [(single, weight)];
        if (value.ValueKind != JsonValueKind.Array) return [];
        return value.EnumerateArray().Select(PdfGraph.AsReference).OfType<string>().Select(r => (r, weight)).ToList();
    }

    private static IEnumerable<(string, int)> Forward(PdfGraph graph, string node) =>
        graph.Objects.TryGetValue(node, out var o)
            ? PdfGraph.References(o).Where(r => r.Key is null || !BackKeys.Contains(r.Key)).Select(r => (r.Reference, 1)).ToList()
            : [];

    private sealed class Frame(string node, IEnumerator<(string Target, int Weight)> edges, int weightIn)
    {
        internal string Node { get; } = node;
        internal IEnumerator<(string Target, int Weight)> Edges { get; } = edges;
        internal int WeightIn { get; } = weightIn;
        internal int Longest { get; set; }
    }

    /// <summary>
    /// Depth-first over <paramref name="edges"/> with an explicit stack: null when every weighted path stays within
    /// <paramref name="limit"/> (and, if <paramref name="cyclesFail"/>, there is no cycle); true for a cycle, false for too deep.
    /// An edge back to a node on the current path is a cycle; when cycles do not fail it is skipped, as a copier would.
    /// </summary>
    internal static bool? LongestPath(IEnumerable<string> starts, Func<string, IEnumerable<(string Target, int Weight)>> edges, int limit, bool cyclesFail)
    {
        var longest = new Dictionary<string, int>(StringComparer.Ordinal);
        var onPath = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<Frame>();
        foreach (var start in starts)
        {
            if (longest.ContainsKey(start)) continue;
            stack.Push(new Frame(start, edges(start).GetEnumerator(), 0));
            onPath.Add(start);
            while (stack.Count > 0)
            {
                var top = stack.Peek();
                if (top.Edges.MoveNext())
                {
                    var (target, weight) = top.Edges.Current;
                    if (longest.TryGetValue(target, out var known)) top.Longest = Math.Max(top.Longest, known + weight);
                    else if (onPath.Contains(target))
                    {
                        if (cyclesFail) return true;
                    }
                    else
                    {
                        stack.Push(new Frame(target, edges(target).GetEnumerator(), weight));
                        onPath.Add(target);
                    }
                    continue;
                }
                stack.Pop();
                top.Edges.Dispose();
                onPath.Remove(top.Node);
                longest[top.Node] = top.Longest;
                if (top.Longest > limit) return false;
                if (stack.Count > 0) stack.Peek().Longest = Math.Max(stack.Peek().Longest, top.Longest + top.WeightIn);
            }
        }
        return null;
    }
}
