#include "plan/intervention_reader.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>
#include <vector>

#include "io/yaml.hpp"

namespace regiotwin {
namespace {

// The names a name field accepts: its own list, or all of its kind.
std::vector<std::string_view> allowed_names(const FieldSpec& f) {
  std::vector<std::string_view> out;
  if (!f.only.empty()) {
    std::string_view rest = f.only;
    while (!rest.empty()) {
      const std::size_t comma = rest.find(',');
      out.push_back(rest.substr(0, comma));
      rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    }
    return out;
  }
  const auto add = [&out](const auto& names) { out.insert(out.end(), names.begin(), names.end()); };
  switch (f.kind) {
    case FieldKind::party: add(party_names); break;
    case FieldKind::payer:
      for (std::size_t p = 0; p < n_payers; ++p) out.push_back(payer_name(static_cast<Payer>(p)));
      break;
    case FieldKind::state: add(preventable_states); break;
    case FieldKind::place: add(place_names); break;
    case FieldKind::profession: add(profession_names); break;
    case FieldKind::question_type: add(question_type_names); break;
    default: break;
  }
  return out;
}

bool is_name_kind(FieldKind kind) {
  return kind == FieldKind::party || kind == FieldKind::payer || kind == FieldKind::state || kind == FieldKind::place ||
         kind == FieldKind::profession || kind == FieldKind::question_type;
}

std::string expected_number(const FieldSpec& f, const std::string& text) {
  std::string hint;
  if (!text.empty() && text.back() == '%') hint = "; write a share as a fraction, e.g. -0.1 for -10%";
  if (text.find_first_of("€kKmM") != std::string::npos) hint = "; write euros as a plain number, e.g. 450000";
  const std::string what = f.kind == FieldKind::whole_number ? "a whole number" : "a number";
  return fmt::format("expected {} ({}), got '{}'{}", what, f.unit, text, hint);
}

class Reader {
 public:
  Reader(const std::string& file, Intervention& out) : file_(file), out_(out) {}

  // Reads `node` as field `f` into the intervention.
  void read(const FieldSpec& f, const YAML::Node& node) {
    const SourceLocation loc = where(file_, node, f.name);
    out_.locations[std::string(f.name)] = loc;
    if (f.kind == FieldKind::municipalities || f.kind == FieldKind::age_bands) {
      read_list(f, node);
      return;
    }
    if (!node.IsScalar()) throw ValidationError(loc, "expected a single value");
    const std::string& text = node.Scalar();
    if (f.kind == FieldKind::number || f.kind == FieldKind::whole_number) {
      read_number(f, node, text, loc);
    } else if (f.kind == FieldKind::month) {
      try {
        const YearMonth month = YearMonth::parse(text, f.name);
        (f.name == "start" ? out_.start : out_.end.emplace()) = month;
      } catch (const ValidationError& e) {
        throw ValidationError(loc, e.what());
      }
    } else if (is_name_kind(f.kind)) {
      const auto allowed = allowed_names(f);
      if (std::find(allowed.begin(), allowed.end(), text) == allowed.end()) {
        throw ValidationError(
            loc, fmt::format("unknown {} '{}'; expected one of: {}", f.name, text, fmt::join(allowed, ", ")));
      }
      out_.names[std::string(f.name)] = text;
    } else {
      if (text.empty()) throw ValidationError(loc, "expected a text value");
      out_.names[std::string(f.name)] = text;
    }
  }

 private:
  void read_number(const FieldSpec& f, const YAML::Node& node, const std::string& text, const SourceLocation& loc) {
    double value = 0.0;
    try {
      value = yaml_number(node, file_, f.name);
    } catch (const ValidationError&) {
      throw ValidationError(loc, expected_number(f, text));
    }
    if (f.kind == FieldKind::whole_number && value != std::floor(value)) {
      throw ValidationError(loc, expected_number(f, text));
    }
    if (value < f.min || value > f.max) {
      throw ValidationError(
          loc, fmt::format("expected {} in [{:g}, {:g}] {}, got {:g}", f.name, f.min, f.max, f.unit, value));
    }
    out_.numbers[std::string(f.name)] = value;
  }

  void read_list(const FieldSpec& f, const YAML::Node& node) {
    const SourceLocation loc = where(file_, node, f.name);
    if (!node.IsSequence() || node.size() == 0) throw ValidationError(loc, "expected a list such as [a, b]");
    for (const auto& item : node) {
      const SourceLocation item_loc = where(file_, item, f.name);
      if (!item.IsScalar() || item.Scalar().empty()) throw ValidationError(item_loc, "expected a text value");
      if (f.kind == FieldKind::municipalities) {
        out_.targets.municipalities.push_back(item.Scalar());
        out_.targets.municipality_locations.push_back(item_loc);
        continue;
      }
      try {
        out_.targets.ages.push_back(parse_age_band(item.Scalar(), "age band"));
      } catch (const ValidationError& e) {
        throw ValidationError(item_loc, e.what());
      }
    }
  }

  const std::string& file_;
  Intervention& out_;
};

// Reads the keys of `map` as `fields`, rejecting others; returns the names seen.
void read_fields(const YAML::Node& map, std::span<const FieldSpec> fields, std::span<const FieldSpec> more,
                 const std::string& file, Reader& reader, std::string_view context) {
  for (const auto& entry : map) {
    const auto key = entry.first.as<std::string>();
    if (key == "type" || key == "targets") continue;
    const FieldSpec* f = find_field(fields, key);
    if (f == nullptr) f = find_field(more, key);
    if (f == nullptr) {
      std::vector<std::string_view> allowed;
      if (!more.empty()) allowed = {"type", "targets"};  // an intervention's own keys, not those of targets
      for (const FieldSpec& s : fields) allowed.push_back(s.name);
      for (const FieldSpec& s : more) allowed.push_back(s.name);
      throw ValidationError(where(file, entry.first, key), fmt::format("unknown field for {}; expected one of: {}",
                                                                       context, fmt::join(allowed, ", ")));
    }
    reader.read(*f, entry.second);
  }
}

void require_fields(const YAML::Node& map, std::span<const FieldSpec> fields, const std::string& file,
                    std::string_view context) {
  for (const FieldSpec& f : fields) {
    if (f.required && !map[std::string(f.name)]) {
      throw ValidationError(where(file, map, f.name), fmt::format("required field of {} is missing", context));
    }
  }
}

void fill_defaults(std::span<const FieldSpec> fields, Intervention& out) {
  for (const FieldSpec& f : fields) {
    if (f.default_value && !out.numbers.contains(f.name)) out.numbers[std::string(f.name)] = *f.default_value;
  }
}

// Rules between fields of one intervention.
void check_consistency(Intervention& out) {
  if (out.end && *out.end < out.start) {
    throw ValidationError(out.location("end"), fmt::format("ends before its start ({})", out.start.str()));
  }
  if (out.names.contains("funder_after") && out.name_of("funder") != "transformatiemiddelen") {
    throw ValidationError(out.location("funder_after"),
                          "only for interventions funded from transformatiemiddelen (the funds that run out)");
  }
  if (out.type == InterventionType::referral && out.name_of("from") == out.name_of("to")) {
    throw ValidationError(out.location("to"), "refers to the place the questions entered at");
  }
  if (!out.targets.ages.empty() && out.type != InterventionType::prevention) {
    throw ValidationError(out.location("ages"), "age groups are a target of prevention only");
  }
  out.name = out.name_of("name");
  if (out.names.contains("funder_after")) out.funder_after = payer_named(out.name_of("funder_after"));
  out.ramp_months = static_cast<int>(out.number("ramp_months"));
  out.cost_per_year = out.number("cost_per_year");
  out.owner = *party_named(out.name_of("owner"));
  out.funder = *payer_named(out.name_of("funder"));
}

}  // namespace

Intervention read_intervention(const YAML::Node& item, const std::string& file) {
  Intervention out;
  out.where = where(file, item, "interventions");
  if (!item.IsMap())
    throw ValidationError(out.where, "expected an intervention: a mapping with `type:` and its fields");
  const YAML::Node type_node = item["type"];
  if (!type_node) throw ValidationError(where(file, item, "type"), "required field of an intervention is missing");
  const std::string type_name = type_node.IsScalar() ? type_node.Scalar() : std::string{};
  const auto type = intervention_type_named(type_name);
  if (!type) {
    std::vector<std::string_view> types;
    for (std::size_t t = 0; t < n_intervention_types; ++t) {
      types.push_back(intervention_spec(static_cast<InterventionType>(t)).name);
    }
    throw ValidationError(where(file, type_node, "type"), fmt::format("unknown intervention type '{}'; expected one "
                                                                      "of: {}",
                                                                      type_name, fmt::join(types, ", ")));
  }
  out.type = *type;
  const InterventionSpec& spec = intervention_spec(*type);
  const std::string context = fmt::format("a {} intervention", spec.name);
  Reader reader(file, out);
  read_fields(item, common_intervention_fields(), spec.fields, file, reader, context);
  require_fields(item, common_intervention_fields(), file, context);
  require_fields(item, spec.fields, file, context);
  if (const YAML::Node targets = item["targets"]) {
    if (!targets.IsMap()) throw ValidationError(where(file, targets, "targets"), "expected a mapping");
    read_fields(targets, target_fields(), {}, file, reader, "targets");
  }
  fill_defaults(common_intervention_fields(), out);
  fill_defaults(spec.fields, out);
  check_consistency(out);
  return out;
}

}  // namespace regiotwin
