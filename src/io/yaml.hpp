#pragma once
// YAML helpers shared by region packs and scenario files, so both report problems the same way:
// file, line and the key concerned.
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <initializer_list>
#include <string>
#include <string_view>

#include "core/errors.hpp"
#include "core/parameters.hpp"

namespace regiotwin {

YAML::Node load_yaml_file(const std::filesystem::path& file);  // throws InputError with the line of a syntax error

SourceLocation where(const std::string& file, const YAML::Node& node, std::string_view key = {});

// Throws ValidationError at the first key of `map` not in `allowed`, listing the allowed keys.
void reject_unknown_keys(const YAML::Node& map, std::initializer_list<std::string_view> allowed,
                         const std::string& file);

std::string required_string(const YAML::Node& map, std::string_view key, const std::string& file);
std::string optional_string(const YAML::Node& map, std::string_view key, const std::string& file);
double yaml_number(const YAML::Node& node, const std::string& file, std::string_view key);

// Reads a `parameters:` map of name -> number, or name -> {age band: number}. Every entry is
// checked against the registry here, so a bad file fails before anything runs.
std::vector<ParameterOverride> read_parameter_overrides(const YAML::Node& map, const std::string& file);

}  // namespace regiotwin
