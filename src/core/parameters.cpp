#include "core/parameters.hpp"

#include <fmt/format.h>
#include <algorithm>

#include "core/csv_field.hpp"

namespace regiotwin {

std::string format_parameter_value(const ParamSpec& spec, const AgeTable& value) {
  if (spec.type != ParamType::age_table) return fmt::format("{:g}", value.values.front());
  std::string out;
  for (std::size_t b = 0; b < value.bands.size(); ++b) {
    if (b > 0) out += "; ";
    out += fmt::format("{}: {:g}", value.bands[b].label(), value.values[b]);
  }
  return out;
}
namespace {

std::string type_name(ParamType type) {
  switch (type) {
    case ParamType::real: return "real";
    case ParamType::integer: return "integer";
    case ParamType::age_table: return "age table";
  }
  return "?";
}

std::string format_value(const ParamSpec& spec) { return format_parameter_value(spec, spec.default_value); }

std::string md_cell(const std::string& text) {
  std::string out;
  for (const char c : text) out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out;
}

}  // namespace

const ParamSpec& find_parameter(std::string_view name) {
  const auto& registry = parameter_registry();
  const auto it = std::find_if(registry.begin(), registry.end(), [&](const ParamSpec& s) { return s.name == name; });
  if (it != registry.end()) return *it;
  // Suggest names that share the first word, which is how a user usually mistypes them.
  const std::string prefix(name.substr(0, name.find('_')));
  std::string hint;
  for (const ParamSpec& spec : registry) {
    if (spec.name.starts_with(prefix)) hint += (hint.empty() ? "" : ", ") + spec.name;
  }
  throw ValidationError(fmt::format("unknown parameter '{}'{}; `regiotwin params` lists them all", name,
                                    hint.empty() ? "" : " (similar: " + hint + ")"));
}

ParameterSet::ParameterSet() {
  for (const ParamSpec& spec : parameter_registry()) values_.push_back(spec.default_value);
}

namespace {
std::size_t index_of(std::string_view name) {
  return static_cast<std::size_t>(&find_parameter(name) - parameter_registry().data());
}
}  // namespace

double ParameterSet::real(std::string_view name) const {
  const std::size_t i = index_of(name);
  if (parameter_registry()[i].type == ParamType::age_table) {
    throw Error(ExitCode::internal, fmt::format("parameter '{}' is an age table, not a scalar", name));
  }
  return values_[i].values.front();
}

const AgeTable& ParameterSet::table(std::string_view name) const { return values_[index_of(name)]; }

void ParameterSet::set_scalar(std::string_view name, double value, const SourceLocation& where) {
  const std::size_t i = index_of(name);
  const ParamSpec& spec = parameter_registry()[i];
  if (spec.type == ParamType::age_table) {
    throw ValidationError(where, fmt::format("'{}' is an age table: give a map of age bands to values", name));
  }
  if (!(value >= spec.min && value <= spec.max)) {
    throw ValidationError(
        where, fmt::format("expected {} in [{:g}, {:g}] ({}), got {:g}", name, spec.min, spec.max, spec.unit, value));
  }
  if (spec.type == ParamType::integer && value != static_cast<double>(static_cast<long long>(value))) {
    throw ValidationError(where, fmt::format("expected a whole number for {}, got {:g}", name, value));
  }
  values_[i].values.front() = value;
}

void ParameterSet::set_table(std::string_view name, const AgeTable& value, const SourceLocation& where) {
  const std::size_t i = index_of(name);
  const ParamSpec& spec = parameter_registry()[i];
  if (spec.type != ParamType::age_table) {
    throw ValidationError(where, fmt::format("'{}' is a single value, not an age table", name));
  }
  try {
    check_partition(value.bands, std::string(name));
  } catch (const ValidationError& e) {
    throw ValidationError(where, e.what());
  }
  for (std::size_t b = 0; b < value.values.size(); ++b) {
    if (!(value.values[b] >= spec.min && value.values[b] <= spec.max)) {
      throw ValidationError(where, fmt::format("age band {}: expected a value in [{:g}, {:g}] ({}), got {:g}",
                                               value.bands[b].label(), spec.min, spec.max, spec.unit, value.values[b]));
    }
  }
  values_[i] = value;
}

void ParameterSet::apply(const ParameterOverride& change) {
  if (find_parameter(change.name).type == ParamType::age_table) {
    set_table(change.name, change.value, change.where);
  } else {
    set_scalar(change.name, change.value.values.front(), change.where);
  }
}

std::vector<std::string> ParameterSet::overridden() const {
  std::vector<std::string> out;
  const auto& registry = parameter_registry();
  for (std::size_t i = 0; i < registry.size(); ++i) {
    if (!(values_[i].bands == registry[i].default_value.bands &&
          values_[i].values == registry[i].default_value.values)) {
      out.push_back(registry[i].name);
    }
  }
  return out;
}

std::string render_parameter_reference(DocFormat format) {
  std::string out;
  if (format == DocFormat::csv) {
    out = "name,group,type,unit,min,max,default,description,source\n";
    for (const ParamSpec& s : parameter_registry()) {
      out += fmt::format("{},{},{},{},{:g},{:g},{},{},{}\n", s.name, s.group, type_name(s.type), csv_field(s.unit),
                         s.min, s.max, csv_field(format_value(s)), csv_field(s.description), csv_field(s.source));
    }
    return out;
  }
  out =
      "# Parameter reference\n\n"
      "Generated by `regiotwin params` from the parameter registry (`src/core/parameter_table.cpp`); do not edit.\n"
      "Override a parameter in a scenario file under `parameters:` (see docs/scenarios.md) or in a region pack's\n"
      "`parameters.yaml`. Age tables take a map of age bands (`0-4`, `85+`) to values.\n";
  std::string group;
  for (const ParamSpec& s : parameter_registry()) {
    if (s.group != group) {
      group = s.group;
      out += fmt::format(
          "\n## {}\n\n| name | type | unit | valid range | default | description | source |\n"
          "|---|---|---|---|---|---|---|\n",
          group);
    }
    out += fmt::format("| `{}` | {} | {} | {:g} – {:g} | {} | {} | {} |\n", s.name, type_name(s.type), md_cell(s.unit),
                       s.min, s.max, md_cell(format_value(s)), md_cell(s.description), md_cell(s.source));
  }
  return out;
}

}  // namespace regiotwin
