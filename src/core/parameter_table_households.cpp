// Household structure: the seed shares by age that synthesis fits to a municipality's household
// counts, and the rates of the household transitions. CBS publishes the national totals by
// household position (37620) but the excerpts we have do not give them by age band above 10, so
// the age shapes below are assumptions fitted to those totals; municipal household counts (a
// pack's households.csv from CBS 85984NED) then adjust them by iterative proportional fitting.
#include "core/parameter_declare.hpp"

namespace regiotwin::declare {
namespace {
constexpr const char* national_totals =
    "Age shape is an assumption; levels chosen so that the 2024 national structure gives the CBS 37620 totals of 1 "
    "January 2024 (children at home 4,670,903; alone 3,340,560 plus 286,775 other members; couples without children "
    "4,677,716; partners with children 4,059,756; single parents 618,056; institutions 289,176)";
}  // namespace

std::vector<ParamSpec> household_parameters() {
  const std::string g = "households";
  return {
      table("household_child_share", g, "share", 0.0, 1.0,
            AgeTable{{{0, 17},
                      {18, 18},
                      {19, 19},
                      {20, 20},
                      {21, 21},
                      {22, 22},
                      {23, 23},
                      {24, 24},
                      {25, 25},
                      {26, 26},
                      {27, 27},
                      {28, 28},
                      {29, 29},
                      {30, 30},
                      {31, 34},
                      {35, 44},
                      {45, max_age}},
                     {0.975, 0.897, 0.813, 0.738, 0.659, 0.578, 0.483, 0.394, 0.308, 0.238, 0.182, 0.141, 0.111, 0.089,
                      0.05, 0.02, 0.0}},
            "Share of residents of each age living with their parent(s) (thuiswonend kind).",
            "CBS news 2021/49 (1 January 2021): 18-year-olds 89.7% ... 30-year-olds 8.9%; under 18 from CBS 71488ned "
            "2025 (0-9: 98% child at home, the rest other members and institutions); 31+ assumption"),
      table("household_institution_share", g, "share", 0.0, 1.0,
            AgeTable{{{0, 17}, {18, 64}, {65, 74}, {75, 79}, {80, 84}, {85, 89}, {90, 94}, {95, max_age}},
                     {0.004, 0.0085, 0.01, 0.025, 0.055, 0.14, 0.28, 0.45}},
            "Share of residents of each age living in an institution (care home, nursing home, other).",
            "CBS 71488ned 2025 (0-4: 0.43%); CBS Huishoudensprognose 2015 via geroscoop.nl (80-90: 10%, 90+: 32%, "
            "2015, lowered since); level fitted to 289,176 in institutions (CBS 37620, 2024); the rest assumption"),
      table(
          "household_alone_share_men", g, "share", 0.0, 1.0,
          AgeTable{
              {{0, 17}, {18, 24}, {25, 29}, {30, 34}, {35, 44}, {45, 54}, {55, 64}, {65, 74}, {75, 84}, {85, max_age}},
              {0.0, 0.55, 0.42, 0.30, 0.22, 0.22, 0.23, 0.21, 0.25, 0.38}},
          "Share living alone among men of each age who live neither with their parents nor in an institution.",
          national_totals),
      table(
          "household_alone_share_women", g, "share", 0.0, 1.0,
          AgeTable{
              {{0, 17}, {18, 24}, {25, 29}, {30, 34}, {35, 44}, {45, 54}, {55, 64}, {65, 74}, {75, 84}, {85, max_age}},
              {0.0, 0.45, 0.30, 0.20, 0.14, 0.16, 0.22, 0.30, 0.50, 0.78}},
          "Share living alone among women of each age who live neither with their parents nor in an institution.",
          national_totals),
      table("household_with_children_share", g, "share", 0.0, 1.0,
            AgeTable{{{0, 17},
                      {18, 24},
                      {25, 29},
                      {30, 34},
                      {35, 39},
                      {40, 44},
                      {45, 49},
                      {50, 54},
                      {55, 59},
                      {60, 64},
                      {65, max_age}},
                     {0.0, 0.12, 0.30, 0.58, 0.78, 0.83, 0.78, 0.60, 0.36, 0.15, 0.04}},
            "Share with children at home among adults of each age who live with a partner or as a single parent.",
            national_totals),
      real("single_parent_share_women", g, "share", 0.0, 1.0, 0.21,
           "Share of single parents among women with children at home.",
           "Derived from CBS 71486ned 2024: 618,056 single-parent households of 2,647,934 with children, about 80% "
           "of single parents women (CBS); assumption on the split by sex"),
      real("single_parent_share_men", g, "share", 0.0, 1.0, 0.055,
           "Share of single parents among men with children at home.", "As single_parent_share_women"),
      real("single_parent_household_share", g, "share", 0.0, 1.0, 618056.0 / 2647934.0,
           "Share of single-parent households among households with children; splits a municipality's households "
           "with children into couples and single parents, and places children with a single parent.",
           "CBS 71486ned, 1 January 2024: 618,056 single-parent households of 2,647,934 with children"),
      real("separation_per_1000_couples", g, "per 1000 couples per year", 0.0, 100.0, 12.0,
           "Couples that separate in a year (divorce and the end of unmarried cohabitation), below age 65.",
           "CBS: about 26,000 divorces a year on 3.2 million married couples (0.8%); unmarried couples separate more "
           "often (assumption: together 1.2%)"),
      real("informal_carer_with_partner", g, "share", 0.0, 1.0, 0.9,
           "Chance that an informal carer is available to a person living with a partner.",
           "Assumption: the partner is the usual first carer; CBS: 13% of adults 20+ give informal care"),
      real("informal_carer_without_partner", g, "share", 0.0, 1.0, 0.45,
           "Chance that an informal carer is available to a person without a partner (children, others).",
           "Assumption, calibrated to CBS Statistische Trends 2020: one in four 75+ receive informal care"),
      real("wlz_admission_share", g, "share", 0.0, 1.0, 0.7,
           "Share of new Wlz indications that move the person into an institution.",
           "Derived: CBS 82905ned 2024, 250,713 in care and nursing homes and other care institutions / 358,490 Wlz "
           "indications (CBS 84529NED 2022)"),
      real("wlz_share_in_institution", g, "share", 0.0, 1.0, 0.87,
           "Share of residents of institutions who have a Wlz indication.",
           "Derived from CBS 82905ned 2024: 250,713 of the 289,176 residents of institutions live in care and "
           "nursing homes or other care institutions"),
  };
}

}  // namespace regiotwin::declare
