#pragma once

namespace jifen {

// A hint that `address` is read soon. Loops that visit millions of records at random places in memory ask for the
// record a few steps ahead, so that it has reached the processor's cache when its turn comes.
inline void prefetch(const void* address)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address);
#else
    static_cast<void>(address);
#endif
}

} // namespace jifen
