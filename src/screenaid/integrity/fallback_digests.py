"""SHA-256 of every built-in fallback file (data/fallback/), compiled into the program.

Written by scripts/sign-bundled-resources: do not edit. The fallback hotline is shown from these files only
when they match, even if the signed manifest of data/ cannot be trusted.
"""

FALLBACK_SHA256: dict[str, str] = {
    "au/resources.yaml": "5770cda90f82686acfdc9c96941db8d903fba1ced9d1a0170a5ad46f077c0088",
    "au/sources.yaml": "fad51ea438a5d87d0761f69ace4cd79f11357eca5bf04d2d15dbc72b1a9c6d5c",
    "ca/resources.yaml": "b3dd7d0390667cccba16a43feef53c75722bf1a699edd11834e53b62729e1452",
    "ca/sources.yaml": "8bf51fcbfa7a5d2b7d1b334a84351baf0455c21d7c8c675cd7ecd1ad81935aea",
    "gb/resources.yaml": "bf041942f6a4fd19e58d12b449b1654af6e6cb906cb4bf6bacfeff27288b0f37",
    "gb/sources.yaml": "ee25545921ee9084b3c7bd0e5f524219694121e2f3ecc4290eb85b4888d21610",
    "ie/resources.yaml": "708ec924e6e210ee3ce59677c10b2ed8ebc922631380fa2a36a29879bee6ab7f",
    "ie/sources.yaml": "c6bde71651282a9ac7b0fceec05c845d039f28eb2c32aed71fb31336d0ad0967",
    "us/resources.yaml": "ab91a6816c106659365b1f169b810a4009ed13df06a683a85a3585306b0b4d1b",
    "us/sources.yaml": "08579eaf63b7832dc18ec9174b30f0ebef803d5d1ad6f1358c5a845017b95640",
}
