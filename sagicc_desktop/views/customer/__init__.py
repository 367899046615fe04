"""The customer screens: the profile (C1 to C4) with its dashboard (C6), and the Customer tab's panels."""
