#pragma once
// Helpers for the parameter registry's declaration files (parameter_table*.cpp); not for use
// elsewhere. One group of parameters per file keeps each readable beside its sources.
#include <string>
#include <vector>

#include "core/parameters.hpp"

namespace regiotwin::declare {

inline AgeTable scalar(double value) { return AgeTable{{{0, max_age}}, {value}}; }

inline ParamSpec real(std::string name, std::string group, std::string unit, double min, double max, double value,
                      std::string description, std::string source) {
  return ParamSpec{std::move(name),        std::move(group),  ParamType::real, std::move(unit), min, max,
                   std::move(description), std::move(source), scalar(value)};
}

inline ParamSpec table(std::string name, std::string group, std::string unit, double min, double max, AgeTable value,
                       std::string description, std::string source) {
  return ParamSpec{std::move(name),        std::move(group),  ParamType::age_table, std::move(unit), min, max,
                   std::move(description), std::move(source), std::move(value)};
}

std::vector<ParamSpec> household_parameters();      // parameter_table_households.cpp
std::vector<ParamSpec> state_parameters();          // parameter_table_states.cpp
std::vector<ParamSpec> question_parameters();       // parameter_table_questions.cpp
std::vector<ParamSpec> workforce_parameters();      // parameter_table_workforce.cpp
std::vector<ParamSpec> place_parameters();          // parameter_table_places.cpp
std::vector<ParamSpec> routing_parameters();        // parameter_table_routing.cpp
std::vector<ParamSpec> informal_care_parameters();  // parameter_table_informal.cpp
std::vector<ParamSpec> plan_parameters();           // parameter_table_plan.cpp
std::vector<ParamSpec> finance_parameters();        // parameter_table_finance.cpp
std::vector<ParamSpec> budget_parameters();         // parameter_table_budget.cpp

}  // namespace regiotwin::declare
