#pragma once
// A region pack's routing.csv (docs/routing.md): the share of a question type's questions entering
// at each place, in long format (question_type,place,share,source). Its rows replace the national
// defaults for the types it lists.
#include <filesystem>
#include <string>
#include <string_view>

#include "care/routing_table.hpp"

namespace regiotwin {

// Reads and validates the file; every problem is an InputError naming the file, line and column:
// unknown question type or place, a share that is not a number in [0, 1], a (type, place) given
// twice, a type whose shares do not add up to 1 (within share_sum_tolerance), a missing column.
PackRouting read_routing_csv(const std::filesystem::path& file);
PackRouting parse_routing_csv(std::string_view text, const std::string& file_name);

// The rows as the text of a routing.csv that parse_routing_csv reads back unchanged.
std::string routing_csv_text(const PackRouting& routing);

// Every positive share of `table` as rows with the same source, e.g. to write the defaults out.
PackRouting routing_rows(const RoutingTable& table, const std::string& source);

}  // namespace regiotwin
