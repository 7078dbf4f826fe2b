package dev.kizuna.io.rules;

import dev.kizuna.compliance.Binding;
import dev.kizuna.compliance.Confidence;
import dev.kizuna.compliance.Exemption;
import dev.kizuna.compliance.Prohibition;
import dev.kizuna.compliance.Rule;
import dev.kizuna.compliance.RulePack;
import dev.kizuna.io.dataset.DatasetFolder;
import dev.kizuna.io.dataset.DatasetProblem;
import dev.kizuna.supply.model.AlignmentClass;
import dev.kizuna.supply.model.Basis;
import dev.kizuna.supply.model.CountryCode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads compliance rule packs (format {@code kizuna-rules/1}, docs/kizuna-format-1.1.md): one YAML
 * file, or a directory whose {@code *.yaml} / {@code *.yml} files are read in name order and merged.
 * Every problem is reported as FILE:LINE: message with the line of the offending YAML node; unknown
 * keys are problems too, so that a misspelt key never silently widens a rule.
 */
public final class RulePackReader {
    public static final String FORMAT = "kizuna-rules/1";

    private RulePackReader() {
    }

    public static RulePackLoad read(Path fileOrDirectory) {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(fileOrDirectory)) {
            try (Stream<Path> list = Files.list(fileOrDirectory)) {
                list.filter(p -> {
                    String name = p.getFileName().toString();
                    return Files.isRegularFile(p) && (name.endsWith(".yaml") || name.endsWith(".yml"));
                }).sorted().forEach(files::add);
            } catch (IOException e) {
                return new RulePackLoad.Rejected(List.of(new DatasetProblem(fileOrDirectory.toString(), 1,
                        "cannot list: " + e.getMessage())));
            }
            if (files.isEmpty()) {
                return new RulePackLoad.Rejected(List.of(new DatasetProblem(fileOrDirectory.toString(), 1,
                        "no .yaml rule files in this directory")));
            }
        } else {
            files.add(fileOrDirectory);
        }
        List<RuleFile> ruleFiles = new ArrayList<>();
        for (Path file : files) {
            ruleFiles.add(new RuleFile(file.getFileName().toString(),
                    () -> Files.newBufferedReader(file, StandardCharsets.UTF_8)));
        }
        return merge(ruleFiles);
    }

    /**
     * Reads a rule file or a folder of rule files inside a dataset directory or zip, e.g. the
     * dataset's {@code rules/}; labels are the file names, as for {@link #read(Path)}.
     */
    public static RulePackLoad read(DatasetFolder dataset, String relativePath) {
        String path = relativePath.endsWith("/") ? relativePath.substring(0, relativePath.length() - 1) : relativePath;
        List<RuleFile> ruleFiles = new ArrayList<>();
        try {
            if (dataset.isFile(path)) {
                ruleFiles.add(new RuleFile(path.substring(path.lastIndexOf('/') + 1), () -> reader(dataset, path)));
            } else {
                for (String name : dataset.files(path)) {
                    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                        ruleFiles.add(new RuleFile(name, () -> reader(dataset, path + "/" + name)));
                    }
                }
            }
        } catch (IOException e) {
            return new RulePackLoad.Rejected(List.of(new DatasetProblem(dataset.label() + "/" + path, 1,
                    "cannot list: " + e.getMessage())));
        }
        if (ruleFiles.isEmpty()) {
            return new RulePackLoad.Rejected(List.of(new DatasetProblem(dataset.label() + "/" + path, 1,
                    "no .yaml rule files here")));
        }
        return merge(ruleFiles);
    }

    private static Reader reader(DatasetFolder dataset, String path) throws IOException {
        InputStream in = dataset.open(path);
        if (in == null) {
            throw new IOException("no such file");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder());
    }

    /** One rule file to read: its label in problems and how to open it. */
    private record RuleFile(String label, Opener opener) {
    }

    @FunctionalInterface
    private interface Opener {
        Reader open() throws IOException;
    }

    private static RulePackLoad merge(List<RuleFile> files) {
        List<DatasetProblem> problems = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RuleFile file : files) {
            String label = file.label();
            try (Reader reader = file.opener().open()) {
                Parsed parsed = parse(label, reader);
                problems.addAll(parsed.problems);
                names.add(parsed.name);
                for (Rule rule : parsed.rules) {
                    if (!ids.add(rule.id())) {
                        problems.add(new DatasetProblem(label, parsed.lines.get(rule.id()),
                                "rule id '" + rule.id() + "' is used twice in the pack"));
                    }
                    rules.add(rule);
                }
            } catch (IOException e) {
                problems.add(new DatasetProblem(label, 1, "cannot read: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            return new RulePackLoad.Rejected(problems);
        }
        return new RulePackLoad.Loaded(new RulePack(String.join(" + ", names), rules));
    }

    /** Parses one rule file's text; visible for tests. */
    public static RulePackLoad parse(String label, String yaml) {
        Parsed parsed = parse(label, new StringReader(yaml));
        return parsed.problems.isEmpty() ? new RulePackLoad.Loaded(new RulePack(parsed.name, parsed.rules))
                : new RulePackLoad.Rejected(parsed.problems);
    }

    private record Parsed(String name, List<Rule> rules, Map<String, Integer> lines, List<DatasetProblem> problems) {
    }

    private static Parsed parse(String label, Reader reader) {
        Context c = new Context(label);
        List<Rule> rules = new ArrayList<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        String name = label;
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            c.problems.add(new DatasetProblem(label, line, "not valid YAML: " + e.getProblem()));
            return new Parsed(name, rules, lines, c.problems);
        } catch (RuntimeException e) {
            c.problems.add(new DatasetProblem(label, 1, "not valid YAML: " + e.getMessage()));
            return new Parsed(name, rules, lines, c.problems);
        }
        if (!(root instanceof MappingNode map)) {
            c.problem(root, "a rule file is a mapping with format, name and rules");
            return new Parsed(name, rules, lines, c.problems);
        }
        Map<String, Node> top = c.keys(map, Set.of("format", "name", "description", "rules"));
        String format = c.scalar(top.get("format"), "format");
        if (top.get("format") == null) {
            c.problem(map, "missing 'format: " + FORMAT + "'");
        } else if (format != null && !format.equals(FORMAT)) {
            c.problem(top.get("format"), "format must be '" + FORMAT + "', got '" + format + "'");
        }
        if (top.get("name") != null) {
            name = c.scalar(top.get("name"), "name");
        }
        if (!(top.get("rules") instanceof SequenceNode sequence)) {
            c.problem(top.getOrDefault("rules", map), "'rules' must be a list of rules");
            return new Parsed(name, rules, lines, c.problems);
        }
        for (Node node : sequence.getValue()) {
            Rule rule = rule(c, node);
            if (rule != null) {
                rules.add(rule);
                lines.putIfAbsent(rule.id(), line(node));
            }
        }
        return new Parsed(name, rules, lines, c.problems);
    }

    private static Rule rule(Context c, Node node) {
        if (!(node instanceof MappingNode map)) {
            c.problem(node, "a rule is a mapping (id, title, binds, covers, prohibits, effective ...)");
            return null;
        }
        int before = c.problems.size();
        Map<String, Node> keys = c.keys(map, Set.of("id", "title", "source", "confidence", "note", "binds", "covers",
                "prohibits", "effective", "exemptions"));
        String id = c.required(map, keys, "id");
        Confidence confidence = Confidence.PRIMARY;
        if (keys.containsKey("confidence")) {
            String text = c.scalar(keys.get("confidence"), "confidence");
            confidence = text == null ? null : Confidence.fromKey(text).orElse(null);
            if (confidence == null) {
                c.problem(keys.get("confidence"), "confidence must be primary, secondary or unconfirmed");
            }
        }
        Binding binding = binding(c, keys.get("binds"), map);
        boolean endProduct = false;
        boolean anyComponent = false;
        List<String> components = List.of();
        Node covers = keys.get("covers");
        if (covers == null) {
            c.problem(map, "rule " + id + ": missing 'covers' (end_product and/or components)");
        } else if (covers instanceof MappingNode coversMap) {
            Map<String, Node> coverKeys = c.keys(coversMap, Set.of("end_product", "components"));
            endProduct = c.bool(coverKeys.get("end_product"), false);
            Node componentNode = coverKeys.get("components");
            if (componentNode instanceof ScalarNode scalar && scalar.getValue().equals("all")) {
                anyComponent = true;
            } else if (componentNode != null) {
                components = c.list(componentNode, "components");
            }
            if (!endProduct && !anyComponent && components.isEmpty()) {
                c.problem(covers, "rule " + id + " covers nothing: set end_product: true or list components");
            }
        } else {
            c.problem(covers, "'covers' must be a mapping");
        }
        Prohibition prohibition = prohibition(c, keys.get("prohibits"), map, id);
        LocalDate from = null;
        LocalDate until = null;
        Node effective = keys.get("effective");
        if (effective instanceof MappingNode effectiveMap) {
            Map<String, Node> dates = c.keys(effectiveMap, Set.of("from", "until"));
            from = c.date(dates.get("from"));
            until = c.date(dates.get("until"));
            if (from != null && until != null && !from.isBefore(until)) {
                c.problem(effective, "effective.from must be before effective.until");
            }
        } else if (effective != null) {
            c.problem(effective, "'effective' must be a mapping with from and/or until");
        }
        List<Exemption> exemptions = new ArrayList<>();
        Node exemptionNode = keys.get("exemptions");
        if (exemptionNode instanceof SequenceNode list) {
            for (Node e : list.getValue()) {
                Exemption exemption = exemption(c, e);
                if (exemption != null) {
                    exemptions.add(exemption);
                }
            }
        } else if (exemptionNode != null) {
            c.problem(exemptionNode, "'exemptions' must be a list");
        }
        if (c.problems.size() > before || id == null || binding == null || prohibition == null) {
            return null;
        }
        return new Rule(id, c.optional(keys, "title"), c.optional(keys, "source"), confidence, binding, endProduct,
                anyComponent, Set.copyOf(components), prohibition, from, until, exemptions, c.optional(keys, "note"));
    }

    private static Binding binding(Context c, Node node, Node rule) {
        if (node == null) {
            c.problem(rule, "missing 'binds' (everyone, or operators / system_categories / systems)");
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            if (scalar.getValue().equals("everyone")) {
                return Binding.EVERYONE;
            }
            c.problem(node, "binds must be 'everyone' or a mapping of operators, system_categories, systems");
            return null;
        }
        if (!(node instanceof MappingNode map)) {
            c.problem(node, "binds must be 'everyone' or a mapping");
            return null;
        }
        Map<String, Node> keys = c.keys(map, Set.of("operators", "system_categories", "systems"));
        if (keys.isEmpty()) {
            c.problem(node, "binds names no selector");
        }
        return new Binding(false, c.list(keys.get("operators"), "operators"),
                c.list(keys.get("system_categories"), "system_categories"), c.list(keys.get("systems"), "systems"));
    }

    private static Prohibition prohibition(Context c, Node node, Node rule, String id) {
        if (!(node instanceof MappingNode map)) {
            c.problem(node == null ? rule : node, "rule " + id + ": 'prohibits' must be a mapping (countries, classes,"
                    + " only_countries, entities, basis)");
            return null;
        }
        int before = c.problems.size();
        Map<String, Node> keys = c.keys(map, Set.of("countries", "classes", "only_countries", "entities", "basis"));
        Set<CountryCode> countries = c.countries(keys.get("countries"));
        Set<CountryCode> only = c.countries(keys.get("only_countries"));
        Set<AlignmentClass> classes = EnumSet.noneOf(AlignmentClass.class);
        for (String text : c.list(keys.get("classes"), "classes")) {
            try {
                classes.add(AlignmentClass.valueOf(text.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                c.problem(keys.get("classes"), "unknown alignment class '" + text
                        + "' (home, ally, partner, other, concern, unknown)");
            }
        }
        Set<Basis> bases = EnumSet.noneOf(Basis.class);
        List<String> basisTexts = keys.containsKey("basis") ? c.list(keys.get("basis"), "basis") : List.of("location");
        for (String text : basisTexts) {
            try {
                bases.add(Basis.valueOf(text.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                c.problem(keys.get("basis"), "basis must be location and/or control, got '" + text + "'");
            }
        }
        List<String> entities = c.list(keys.get("entities"), "entities");
        if (c.problems.size() == before && countries.isEmpty() && classes.isEmpty() && only.isEmpty() && entities.isEmpty()) {
            c.problem(node, "rule " + id + " prohibits nothing: give countries, classes, only_countries or entities");
        }
        return new Prohibition(countries, classes, only, entities, bases);
    }

    private static Exemption exemption(Context c, Node node) {
        if (!(node instanceof MappingNode map)) {
            c.problem(node, "an exemption is a mapping");
            return null;
        }
        Map<String, Node> keys = c.keys(map, Set.of("reason", "until", "parts", "part_attributes", "organizations",
                "site_countries", "end_product_countries"));
        Map<String, String> attributes = new LinkedHashMap<>();
        Node attributeNode = keys.get("part_attributes");
        if (attributeNode instanceof MappingNode attributeMap) {
            for (NodeTuple tuple : attributeMap.getValue()) {
                String key = c.scalar(tuple.getKeyNode(), "attribute name");
                String value = c.scalar(tuple.getValueNode(), "attribute value");
                if (key != null && value != null) {
                    attributes.put(key, value);
                }
            }
        } else if (attributeNode != null) {
            c.problem(attributeNode, "part_attributes must be a mapping of column to value");
        }
        return new Exemption(c.optional(keys, "reason"), c.date(keys.get("until")), c.list(keys.get("parts"), "parts"),
                attributes, c.list(keys.get("organizations"), "organizations"), c.countries(keys.get("site_countries")),
                c.countries(keys.get("end_product_countries")));
    }

    private static int line(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }

    /** Problem collector with typed node accessors. */
    private static final class Context {
        final String label;
        final List<DatasetProblem> problems = new ArrayList<>();

        Context(String label) {
            this.label = label;
        }

        void problem(Node node, String message) {
            problems.add(new DatasetProblem(label, node == null ? 1 : line(node), message));
        }

        Map<String, Node> keys(MappingNode map, Set<String> allowed) {
            Map<String, Node> keys = new LinkedHashMap<>();
            for (NodeTuple tuple : map.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
                if (key == null || !allowed.contains(key)) {
                    problem(tuple.getKeyNode(), "unknown key '" + key + "' (expected one of "
                            + allowed.stream().sorted().toList() + ")");
                } else if (keys.put(key, tuple.getValueNode()) != null) {
                    problem(tuple.getKeyNode(), "key '" + key + "' given twice");
                }
            }
            return keys;
        }

        String scalar(Node node, String what) {
            if (node == null) {
                return null;
            }
            if (node instanceof ScalarNode scalar) {
                return scalar.getValue().strip();
            }
            problem(node, what + " must be a single value");
            return null;
        }

        String required(Node owner, Map<String, Node> keys, String key) {
            if (!keys.containsKey(key)) {
                problem(owner, "missing '" + key + "'");
                return null;
            }
            String value = scalar(keys.get(key), key);
            if (value != null && value.isEmpty()) {
                problem(keys.get(key), key + " is empty");
                return null;
            }
            return value;
        }

        String optional(Map<String, Node> keys, String key) {
            String value = scalar(keys.get(key), key);
            return value == null ? "" : value;
        }

        boolean bool(Node node, boolean otherwise) {
            String text = scalar(node, "value");
            if (text == null) {
                return otherwise;
            }
            if (text.equals("true") || text.equals("false")) {
                return Boolean.parseBoolean(text);
            }
            problem(node, "must be true or false, got '" + text + "'");
            return otherwise;
        }

        List<String> list(Node node, String what) {
            if (node == null) {
                return List.of();
            }
            if (node instanceof ScalarNode scalar) {
                return List.of(scalar.getValue().strip());
            }
            if (!(node instanceof SequenceNode sequence)) {
                problem(node, what + " must be a list");
                return List.of();
            }
            List<String> values = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                String value = scalar(item, what + " item");
                if (value != null) {
                    values.add(value);
                }
            }
            return values;
        }

        Set<CountryCode> countries(Node node) {
            Set<CountryCode> codes = new HashSet<>();
            for (String text : list(node, "countries")) {
                if (CountryCode.isValid(text)) {
                    codes.add(new CountryCode(text));
                } else {
                    problem(node, "'" + text + "' is not an ISO 3166-1 alpha-2 country code (upper case)");
                }
            }
            return codes;
        }

        LocalDate date(Node node) {
            String text = scalar(node, "date");
            if (text == null || text.isEmpty() || text.equals("null")) {
                return null;
            }
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                problem(node, "not a date (YYYY-MM-DD): '" + text + "'");
                return null;
            }
        }
    }
}
