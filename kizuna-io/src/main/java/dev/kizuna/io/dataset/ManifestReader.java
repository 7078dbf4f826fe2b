package dev.kizuna.io.dataset;

import dev.kizuna.supply.model.Alignment;
import dev.kizuna.supply.model.CountryCode;
import dev.kizuna.supply.model.DatasetManifest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads kizuna.yaml. The YAML is only composed into nodes (never constructed into objects), so no
 * tag can instantiate a type; nodes keep their line, which every problem cites. Scalars are taken
 * as written: {@code NO} stays Norway, not YAML 1.1's {@code false}.
 */
final class ManifestReader {
    static final String FORMAT = "kizuna/1";
    private static final DatasetFile FILE = DatasetFile.MANIFEST;
    private static final List<String> KEYS = List.of("format", "name", "home", "currency", "alignment");
    private static final List<String> LISTS = List.of("ally", "partner", "concern");
    private static final int MAX_CODE_POINTS = 1_000_000;

    /** The manifest, or null when it has problems; warnings never prevent it. */
    record Result(DatasetManifest manifest, Problems problems, Problems warnings) {
    }

    private final Problems problems = new Problems();
    private final Problems warnings = new Problems();

    private ManifestReader() {
    }

    static Result missing() {
        ManifestReader reader = new ManifestReader();
        reader.problems.add(FILE, 1, "required file is missing; it must hold format: " + FORMAT
                + ", name, home, currency and alignment");
        return new Result(null, reader.problems, reader.warnings);
    }

    static Result unreadable(String reason) {
        ManifestReader reader = new ManifestReader();
        reader.problems.add(FILE, 1, "cannot read the file: " + reason);
        return new Result(null, reader.problems, reader.warnings);
    }

    static Result read(InputStream in) {
        ManifestReader reader = new ManifestReader();
        DatasetManifest manifest = reader.parse(in);
        return new Result(reader.problems.isEmpty() ? manifest : null, reader.problems, reader.warnings);
    }

    private DatasetManifest parse(InputStream in) {
        Node root;
        try (StrictUtf8Reader text = new StrictUtf8Reader(in)) {
            root = yaml().compose(text);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            problems.add(FILE, line, "not valid YAML: " + e.getProblem());
            return null;
        } catch (YAMLException | IOException e) {
            reportUnreadable(e);
            return null;
        }
        if (root == null) {
            problems.add(FILE, 1, "file is empty; it must hold format: " + FORMAT
                    + ", name, home, currency and alignment");
            return null;
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(FILE, line(root), "must be a mapping of keys: " + String.join(", ", KEYS));
            return null;
        }
        Map<String, Node> values = keys(mapping, "");
        for (String key : values.keySet()) {
            if (!KEYS.contains(key)) {
                warnings.add(FILE, line(values.get(key)), "unknown key '" + key + "' is ignored");
            }
        }
        String format = scalar(values, "format");
        // kizuna/1.1 (docs/kizuna-format-1.1.md) only adds optional files that their own readers read
        if (format != null && !format.equals(FORMAT) && !format.equals(FORMAT + ".1")) {
            problems.add(FILE, line(values.get("format")), "format must be '" + FORMAT + "', found '" + format
                    + "'; this reader reads " + FORMAT + " only");
        }
        String name = scalar(values, "name");
        CountryCode home = home(values);
        String currency = currency(values);
        Alignment alignment = alignment(values.get("alignment"), home);
        if (!problems.isEmpty()) {
            return null;
        }
        return new DatasetManifest(format, name, currency, alignment);
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_CODE_POINTS);
        DumperOptions dumper = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options);
    }

    private void reportUnreadable(Exception e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof StrictUtf8Reader.MalformedUtf8Exception malformed) {
                problems.add(FILE, malformed.line(), "not valid UTF-8 (" + malformed.getMessage()
                        + "); save the file as UTF-8");
                return;
            }
            cause = cause.getCause();
        }
        problems.add(FILE, 1, "cannot read: " + e.getMessage());
    }

    /** The keys of a mapping, reporting non-scalar keys and keys given twice. */
    private Map<String, Node> keys(MappingNode mapping, String path) {
        Map<String, Node> values = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(FILE, line(tuple.getKeyNode()), "keys must be plain words");
                continue;
            }
            if (values.containsKey(key.getValue())) {
                problems.add(FILE, line(key), "key '" + path + key.getValue() + "' appears twice; keep one");
                continue;
            }
            values.put(key.getValue(), tuple.getValueNode());
        }
        return values;
    }

    /** A required non-empty scalar, or null (reported). */
    private String scalar(Map<String, Node> values, String key) {
        Node node = values.get(key);
        if (node == null) {
            problems.add(FILE, 1, "missing key '" + key + "'" + example(key));
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            problems.add(FILE, line(node), key + " must be a single value" + example(key));
            return null;
        }
        String value = scalar.getValue().strip();
        if (value.isEmpty()) {
            problems.add(FILE, line(node), key + " is empty" + example(key));
            return null;
        }
        return value;
    }

    private static String example(String key) {
        return switch (key) {
            case "format" -> "; write format: " + FORMAT;
            case "name" -> "; give the dataset a name, e.g. name: \"JP-US small UAS\"";
            case "home" -> "; the ISO 3166-1 alpha-2 code of the home country, e.g. home: JP";
            case "currency" -> "; the ISO 4217 code of every money column, e.g. currency: USD";
            default -> "";
        };
    }

    private CountryCode home(Map<String, Node> values) {
        String text = scalar(values, "home");
        if (text == null) {
            return null;
        }
        Optional<String> problem = RowValues.countryProblem("home", text);
        problem.ifPresent(message -> problems.add(FILE, line(values.get("home")), message));
        return problem.isPresent() ? null : RowValues.knownCountry(text);
    }

    private String currency(Map<String, Node> values) {
        String text = scalar(values, "currency");
        if (text == null) {
            return null;
        }
        if (isCurrency(text)) {
            return text;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        String message = isCurrency(upper)
                ? "currency '" + text + "' must be upper case; use '" + upper + "'"
                : "currency '" + text + "' is not an ISO 4217 currency code (e.g. USD, JPY, EUR)";
        problems.add(FILE, line(values.get("currency")), message);
        return null;
    }

    private static boolean isCurrency(String text) {
        if (text.length() != 3) {
            return false;
        }
        try {
            return Currency.getInstance(text).getCurrencyCode().equals(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Alignment alignment(Node node, CountryCode home) {
        Map<String, Set<CountryCode>> lists = new HashMap<>();
        for (String list : LISTS) {
            lists.put(list, new LinkedHashSet<>());
        }
        if (node != null && !isNull(node)) {
            if (node instanceof MappingNode mapping) {
                readLists(keys(mapping, "alignment."), home, lists);
            } else {
                problems.add(FILE, line(node), "alignment must hold the lists ally, partner and concern,"
                        + " e.g. ally: [US]");
            }
        }
        if (home == null) {
            return null;
        }
        return new Alignment(home, lists.get("ally"), lists.get("partner"), lists.get("concern"));
    }

    private void readLists(Map<String, Node> values, CountryCode home, Map<String, Set<CountryCode>> lists) {
        Map<CountryCode, String> listOf = new HashMap<>();
        for (Map.Entry<String, Node> entry : values.entrySet()) {
            String list = entry.getKey();
            Node node = entry.getValue();
            if (!LISTS.contains(list)) {
                problems.add(FILE, line(node), "unknown alignment list '" + list + "'; use ally, partner or concern");
                continue;
            }
            if (isNull(node)) {
                continue;
            }
            if (!(node instanceof SequenceNode sequence)) {
                problems.add(FILE, line(node), "alignment." + list + " must be a list, e.g. " + list + ": [US, GB]");
                continue;
            }
            for (Node item : sequence.getValue()) {
                CountryCode code = listedCountry(list, item);
                if (code == null) {
                    continue;
                }
                if (code.equals(home)) {
                    problems.add(FILE, line(item), "home country '" + code + "' must not be in the " + list
                            + " list; remove it there");
                } else if (listOf.containsKey(code) && !listOf.get(code).equals(list)) {
                    problems.add(FILE, line(item), "country '" + code + "' is in both " + listOf.get(code) + " and "
                            + list + "; keep it in one list");
                } else if (!lists.get(list).add(code)) {
                    warnings.add(FILE, line(item), "country '" + code + "' is listed twice in " + list);
                } else {
                    listOf.put(code, list);
                }
            }
        }
    }

    private CountryCode listedCountry(String list, Node item) {
        if (!(item instanceof ScalarNode scalar)) {
            problems.add(FILE, line(item), "alignment." + list + " must list country codes, e.g. [US, GB]");
            return null;
        }
        String text = scalar.getValue().strip();
        Optional<String> problem = RowValues.countryProblem("alignment." + list + " entry", text);
        if (problem.isPresent()) {
            problems.add(FILE, line(item), problem.get());
            return null;
        }
        return RowValues.knownCountry(text);
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && (scalar.getValue().isEmpty() || scalar.getValue().equals("~")
                || scalar.getValue().equals("null"));
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }
}
