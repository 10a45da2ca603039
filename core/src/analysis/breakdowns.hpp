// Tables split by a dimension (YouTube Studio's Subscription status, Traffic source type...):
// each part's figures kept as the export gives them (creator.hpp, Breakdown), so that a
// dimension is shown rather than summed away.
#pragma once

#include <string>

#include "creatorscope/creator.hpp"
#include "ingest/input_file.hpp"

namespace creatorscope {

// The header of a file's dimension column ("Subscription status"); empty when it has none.
std::string dimension_header(const InputFile& input);

// Adds one row's figures to a part (a figure the row lacks leaves the part's as it is).
void add_to_part(Breakdown::Part& part, double views, double likes, double comments);

}  // namespace creatorscope
