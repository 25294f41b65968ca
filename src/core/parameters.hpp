#pragma once
// The typed parameter registry: every model parameter is declared once (parameter_table.cpp) with
// its type, unit, valid range, default and source. The same declarations drive loading and range
// validation of overrides, and the generated reference docs/parameters.md.
#include <string>
#include <string_view>
#include <vector>

#include "core/age_table.hpp"
#include "core/errors.hpp"

namespace regiotwin {

enum class ParamType { real, integer, age_table };

struct ParamSpec {
  std::string name;
  std::string group;
  ParamType type = ParamType::real;
  std::string unit;
  double min = 0.0;  // valid range, inclusive; applies to every value of a table
  double max = 0.0;
  std::string description;
  std::string source;
  AgeTable default_value;  // scalars: one band 0..max_age with one value
};

// All declared parameters, in documentation order.
const std::vector<ParamSpec>& parameter_registry();
const ParamSpec& find_parameter(std::string_view name);  // throws ValidationError listing close names

// "0.3" for a scalar, "0-17: 0.1; 18+: 0.2" for an age table.
std::string format_parameter_value(const ParamSpec& spec, const AgeTable& value);

// A validated change to one parameter, remembered with where it was written.
struct ParameterOverride {
  std::string name;
  AgeTable value;  // scalars: one band 0..max_age
  SourceLocation where;
};

// The values in force for one run: the defaults with any validated overrides applied.
class ParameterSet {
 public:
  ParameterSet();  // all defaults

  [[nodiscard]] double real(std::string_view name) const;
  [[nodiscard]] const AgeTable& table(std::string_view name) const;

  // Overrides are checked against the declaration; `where` names the user's file and line.
  void set_scalar(std::string_view name, double value, const SourceLocation& where);
  void set_table(std::string_view name, const AgeTable& value, const SourceLocation& where);

  void apply(const ParameterOverride& change);

  // Names of parameters that differ from their defaults, for run metadata.
  [[nodiscard]] std::vector<std::string> overridden() const;

 private:
  std::vector<AgeTable> values_;
};

enum class DocFormat { markdown, csv };
std::string render_parameter_reference(DocFormat format);

}  // namespace regiotwin
