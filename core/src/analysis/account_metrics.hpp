// An account's own daily totals (account_metrics inputs: TikTok Studio's Overview, Viewers and
// Follower activity) tied to its creator: by handle, or, when the export names no account (as
// the platforms' own exports do not), to the only creator on that platform.
#pragma once

#include <memory>
#include <vector>

#include "creatorscope/creator.hpp"
#include "ingest/input_file.hpp"

namespace creatorscope {

// Sets creators[i].account for the creators the inputs' account metrics belong to; rows it
// cannot tie to one creator are counted in `unattached`.
void attach_account_metrics(const std::vector<std::unique_ptr<InputFile>>& inputs, const StringPool& strings,
                            std::vector<CreatorResult>& creators, std::size_t& unattached);

}  // namespace creatorscope
