"""Real release artifacts for tests: downloaded once from PyPI, sha256-pinned, cached across runs."""

from __future__ import annotations

import asyncio
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bot.adapters.pypi import PyPIClient
from bot.config import Settings
from bot.releases import ArtifactKind

PYPI_URL = "https://pypi.org"
CACHE_DIR = Path(os.environ.get("RELEASE_WATCH_TEST_CACHE", Path(__file__).resolve().parent.parent / ".cache" / "test-artifacts"))

# (normalised package, version, kind) -> sha256 of the file PyPI serves; add pins as tests need them.
PINS: dict[tuple[str, str, ArtifactKind], str] = {
    ("werkzeug", "2.2.3", "auto"): "56433961bc1f12533306c624f3be5e744389ac61d722175d543e1751285da612",  # Werkzeug-2.2.3-py3-none-any.whl
    ("werkzeug", "2.2.3", "sdist"): "2e1ccc9417d4da358b9de6f174e3ac094391ea1d4fbef2d667865d819dfd0afe",  # Werkzeug-2.2.3.tar.gz
    ("werkzeug", "2.3.0", "auto"): "340335057f72974d9281dbaf52c8090a9f9a59ba304ae814bf0656e6559c0020",  # Werkzeug-2.3.0-py3-none-any.whl
    ("werkzeug", "2.3.0", "sdist"): "3b6b46926d052b8ebca97c4dc73c12e47bdd07d57ab0600c039c3155450227bc",  # Werkzeug-2.3.0.tar.gz
    ("werkzeug", "2.3.1", "auto"): "69a4b8fcbb30a4c3fa81a5cebd961541273e4d222a4c08593b0b18312e14f64a",  # Werkzeug-2.3.1-py3-none-any.whl
    ("werkzeug", "2.3.1", "sdist"): "2d35a28a75ae03727eae14ea7d13627c0f77aed6b9998441e6dae0b387f697fc",  # Werkzeug-2.3.1.tar.gz
    ("werkzeug", "2.3.2", "auto"): "b7b8bc1609f35ae8e45d48a9b58d7a4eb1e41eec148d37e977e5df6ebf3398b2",  # Werkzeug-2.3.2-py3-none-any.whl
    ("werkzeug", "2.3.2", "sdist"): "2f3278e9ef61511cdf82cc28fc5da0f5b501dd8f01ecf5ef6a5d810048f68702",  # Werkzeug-2.3.2.tar.gz
    ("werkzeug", "2.3.3", "auto"): "4866679a0722de00796a74086238bb3b98d90f423f05de039abb09315487254a",  # Werkzeug-2.3.3-py3-none-any.whl
    ("werkzeug", "2.3.3", "sdist"): "a987caf1092edc7523edb139edb20c70571c4a8d5eed02e0b547b4739174d091",  # Werkzeug-2.3.3.tar.gz
    ("werkzeug", "2.3.4", "auto"): "48e5e61472fee0ddee27ebad085614ebedb7af41e88f687aaf881afb723a162f",  # Werkzeug-2.3.4-py3-none-any.whl
    ("werkzeug", "2.3.4", "sdist"): "1d5a58e0377d1fe39d061a5de4469e414e78ccb1e1e59c0f5ad6fa1c36c52b76",  # Werkzeug-2.3.4.tar.gz
    ("werkzeug", "2.3.5", "auto"): "26c6a6a63a8a8d10a8d4e13e7f10821772ff5f138909262e89e946717c72b857",  # Werkzeug-2.3.5-py3-none-any.whl
    ("werkzeug", "2.3.5", "sdist"): "f6426f626540009131f06482c73f10c536efd47125afc63c850cc950db9ae585",  # Werkzeug-2.3.5.tar.gz
    ("werkzeug", "2.3.6", "auto"): "935539fa1413afbb9195b24880778422ed620c0fc09670945185cce4d91a8890",  # Werkzeug-2.3.6-py3-none-any.whl
    ("werkzeug", "2.3.6", "sdist"): "98c774df2f91b05550078891dee5f0eb0cb797a522c757a2452b9cee5b202330",  # Werkzeug-2.3.6.tar.gz
    ("werkzeug", "2.3.7", "auto"): "effc12dba7f3bd72e605ce49807bbe692bd729c3bb122a3b91747a6ae77df528",  # werkzeug-2.3.7-py3-none-any.whl
    ("werkzeug", "2.3.7", "sdist"): "2b8c0e447b4b9dbcc85dd97b6eeb4dcbaf6c8b6c3be0bd654e25553e0a2157d8",  # werkzeug-2.3.7.tar.gz
    ("werkzeug", "2.3.8", "auto"): "bba1f19f8ec89d4d607a3bd62f1904bd2e609472d93cd85e9d4e178f472c3748",  # werkzeug-2.3.8-py3-none-any.whl
    ("werkzeug", "2.3.8", "sdist"): "554b257c74bbeb7a0d254160a4f8ffe185243f52a52035060b761ca62d977f03",  # werkzeug-2.3.8.tar.gz
    ("werkzeug", "3.0.6", "auto"): "1bc0c2310d2fbb07b1dd1105eba2f7af72f322e1e455f2f93c993bee8c8a5f17",  # werkzeug-3.0.6-py3-none-any.whl
    ("werkzeug", "3.1.0", "auto"): "208a2e31a4a54c8b3d2244f2079ca1d3851629a7a7d546646059c64fb746023a",  # werkzeug-3.1.0-py3-none-any.whl
    ("flask-session", "0.5.0", "auto"): "1619bcbc16f04f64e90f8e0b17145ba5c9700090bb1294e889956c1282d58631",  # flask_session-0.5.0-py3-none-any.whl
    ("flask-session", "0.6.0", "auto"): "dd77b6c5916021a540a8c188731c529596ad9ea382c07a24f9654355fa40c9ad",  # flask_session-0.6.0-py3-none-any.whl
    ("blinker", "1.7.0", "auto"): "c3f865d4d54db7abc53758a01601cf343fe55b84c1de4e3fa910e420b438d5b9",  # blinker-1.7.0-py3-none-any.whl
    ("blinker", "1.8.0", "auto"): "5f2c330c2586b5d4c5ece65e4dd9fa6512192d946f7c1aaac31ca0380d5d041f",  # blinker-1.8.0-py3-none-any.whl
    ("werkzeug", "3.0.0", "auto"): "cbb2600f7eabe51dbc0502f58be0b3e1b96b893b05695ea2b35b43d4de2d9962",  # werkzeug-3.0.0-py3-none-any.whl
    ("werkzeug", "3.0.0", "sdist"): "3ffff4dcc32db52ef3cc94dff3000a3c2846890f3a5a51800a27b909c5e770f0",  # werkzeug-3.0.0.tar.gz
    ("flask", "1.1.4", "auto"): "c34f04500f2cbbea882b1acb02002ad6fe6b7ffa64a6164577995657f50aed22",  # Flask-1.1.4-py2.py3-none-any.whl
    ("flask", "1.1.4", "sdist"): "0fbeb6180d383a9186d0d6ed954e0042ad9f18e0e8de088b2b419d526927d196",  # Flask-1.1.4.tar.gz
    ("flask", "2.2.2", "auto"): "b9c46cc36662a7949f34b52d8ec7bb59c0d74ba08ba6cb9ce9adc1d8676d9526",  # Flask-2.2.2-py3-none-any.whl
    ("flask", "2.2.2", "sdist"): "642c450d19c4ad482f96729bd2a8f6d32554aa1e231f4f6b4e7e5264b16cca2b",  # Flask-2.2.2.tar.gz
    ("flask", "2.2.5", "auto"): "58107ed83443e86067e41eff4631b058178191a355886f8e479e347fa1285fdf",  # Flask-2.2.5-py3-none-any.whl
    ("flask", "2.2.5", "sdist"): "edee9b0a7ff26621bd5a8c10ff484ae28737a2410d99b0bb9a6850c7fb977aa0",  # Flask-2.2.5.tar.gz
    ("flask", "2.3.0", "auto"): "99a4889167c86fe57c4036825ebc77dc5dc3241bf0d80ea80ca941587d0d6a52",  # Flask-2.3.0-py3-none-any.whl
    ("flask", "2.3.0", "sdist"): "4088b4986f13cae23e02081e67df7e4e434ec6f85a5238bce5e6db6d1de61e06",  # Flask-2.3.0.tar.gz
    ("flask", "2.3.3", "auto"): "f69fcd559dc907ed196ab9df0e48471709175e696d6e698dd4dbe940f96ce66b",  # flask-2.3.3-py3-none-any.whl
    ("flask", "2.3.3", "sdist"): "09c347a92aa7ff4a8e7f3206795f30d826654baf38b873d0744cd571ca609efc",  # flask-2.3.3.tar.gz
    ("flask", "3.0.0", "auto"): "21128f47e4e3b9d597a3e8521a329bf56909b690fcc3fa3e477725aa81367638",  # flask-3.0.0-py3-none-any.whl
    ("flask", "3.0.0", "sdist"): "cfadcdb638b609361d29ec22360d6070a77d7463dcb3ab08d2c2f2f168845f58",  # flask-3.0.0.tar.gz
    ("flask-sqlalchemy", "2.5.1", "auto"): "f12c3d4cc5cc7fdcc148b9527ea05671718c3ea45d50c7e732cceb33f574b390",  # Flask_SQLAlchemy-2.5.1-py2.py3-none-any.whl
    ("flask-sqlalchemy", "2.5.1", "sdist"): "2bda44b43e7cacb15d4e05ff3cc1f8bc97936cc464623424102bfc2c35e95912",  # Flask-SQLAlchemy-2.5.1.tar.gz
    ("flask-sqlalchemy", "3.0.0", "auto"): "741dabf0903569a89e4793667e25be5bb9581e614fa0eeb81a395cc7dee40c4b",  # Flask_SQLAlchemy-3.0.0-py3-none-any.whl
    ("flask-sqlalchemy", "3.0.0", "sdist"): "b54939fd5f48184742b7d5b222d86983e233b43140c1071a36327353e86f3b56",  # Flask-SQLAlchemy-3.0.0.tar.gz
    ("markupsafe", "2.0.1", "auto"): "594c67807fb16238b30c44bdf74f36c02cdf22d1c8cda91ef8a0ed8dabf5620a",  # MarkupSafe-2.0.1.tar.gz
    ("markupsafe", "2.0.1", "sdist"): "594c67807fb16238b30c44bdf74f36c02cdf22d1c8cda91ef8a0ed8dabf5620a",  # MarkupSafe-2.0.1.tar.gz
    ("markupsafe", "2.1.0", "auto"): "80beaf63ddfbc64a0452b841d8036ca0611e049650e20afcb882f5d3c266d65f",  # MarkupSafe-2.1.0.tar.gz
    ("markupsafe", "2.1.0", "sdist"): "80beaf63ddfbc64a0452b841d8036ca0611e049650e20afcb882f5d3c266d65f",  # MarkupSafe-2.1.0.tar.gz
    ("itsdangerous", "2.0.1", "auto"): "5174094b9637652bdb841a3029700391451bd092ba3db90600dea710ba28e97c",  # itsdangerous-2.0.1-py3-none-any.whl
    ("itsdangerous", "2.0.1", "sdist"): "9e724d68fc22902a1435351f84c3fb8623f303fffcc566a4cb952df8c572cff0",  # itsdangerous-2.0.1.tar.gz
    ("itsdangerous", "2.1.0", "auto"): "29285842166554469a56d427addc0843914172343784cb909695fdbe90a3e129",  # itsdangerous-2.1.0-py3-none-any.whl
    ("itsdangerous", "2.1.0", "sdist"): "d848fcb8bc7d507c4546b448574e8a44fc4ea2ba84ebf8d783290d53e81992f5",  # itsdangerous-2.1.0.tar.gz
    ("flask-login", "0.6.2", "auto"): "1ef79843f5eddd0f143c2cd994c1b05ac83c0401dc6234c143495af9a939613f",  # Flask_Login-0.6.2-py3-none-any.whl
    ("flask-login", "0.6.2", "sdist"): "c0a7baa9fdc448cdd3dd6f0939df72eec5177b2f7abe6cb82fc934d29caac9c3",  # Flask-Login-0.6.2.tar.gz
    ("flask-login", "0.6.3", "auto"): "849b25b82a436bf830a054e74214074af59097171562ab10bfa999e6b78aae5d",  # Flask_Login-0.6.3-py3-none-any.whl
    ("flask-login", "0.6.3", "sdist"): "5e23d14a607ef12806c699590b89d0f0e0d67baeec599d75947bf9c147330333",  # Flask-Login-0.6.3.tar.gz
    ("flask-babel", "3.1.0", "auto"): "deb3ee272d5adf97f5974ed09ab501243d63e7fb4a047501a00de4bd4aca4830",  # flask_babel-3.1.0-py3-none-any.whl
    ("flask-babel", "4.0.0", "auto"): "638194cf91f8b301380f36d70e2034c77ee25b98cb5d80a1626820df9a6d4625",  # flask_babel-4.0.0-py3-none-any.whl
    ("flask-login", "0.5.0", "auto"): "7451b5001e17837ba58945aead261ba425fdf7b4f0448777e597ddab39f4fba0",  # Flask_Login-0.5.0-py2.py3-none-any.whl
    ("flask-login", "0.6.0", "auto"): "5cb01ce4dc253967b6ac722a11e46de83b6272ef7a19cc7b5725ae636916d04d",  # Flask_Login-0.6.0-py3-none-any.whl
    ("jinja2", "2.11.3", "auto"): "03e47ad063331dd6a3f04a43eddca8a966a26ba0c5b7207a9a9e4e08f1b29419",  # Jinja2-2.11.3-py2.py3-none-any.whl
    ("jinja2", "2.11.3", "sdist"): "a6d58433de0ae800347cab1fa3043cebbabe8baa9d29e668f1c768cb87a333c6",  # Jinja2-2.11.3.tar.gz
    ("werkzeug", "2.0.3", "auto"): "1421ebfc7648a39a5c58c601b154165d05cf47a3cd0ccb70857cbdacf6c8f2b8",  # Werkzeug-2.0.3-py3-none-any.whl
    ("werkzeug", "2.1.0", "auto"): "094ecfc981948f228b30ee09dbfe250e474823b69b9b1292658301b5894bbf08",  # Werkzeug-2.1.0-py3-none-any.whl
    ("werkzeug", "2.1.2", "auto"): "72a4b735692dd3135217911cbeaa1be5fa3f62bffb8745c5215420a03dc55255",  # Werkzeug-2.1.2-py3-none-any.whl
    ("werkzeug", "2.2.0", "auto"): "81806f8a5b35e6cb1b39a6f28dabf0e123f069c8596119a1a9a43838870016cd",  # Werkzeug-2.2.0-py3-none-any.whl
    ("flask-restful", "0.3.9", "sdist"): "ccec650b835d48192138c85329ae03735e6ced58e9b2d9c2146d6c84c06fa53e",  # Flask-RESTful-0.3.9.tar.gz
    ("flask-restx", "0.5.1", "sdist"): "63c69a61999a34f1774eaccc6fc8c7f504b1aad7d56a8ec672264e52d9ac05f4",  # flask-restx-0.5.1.tar.gz
    ("flask-assets", "2.0", "sdist"): "1dfdea35e40744d46aada72831f7613d67bf38e8b20ccaaa9e91fdc37aa3b8c2",  # Flask-Assets-2.0.tar.gz
    ("flask-jwt-extended", "4.4.4", "sdist"): "62b521d75494c290a646ae8acc77123721e4364790f1e64af0038d823961fbf0",  # Flask-JWT-Extended-4.4.4.tar.gz
    ("flask-limiter", "2.9.2", "sdist"): "041bf0d72c8c62d2cb54c772de1ad842c82bdefeddfadc1c9171739f296484e2",  # Flask-Limiter-2.9.2.tar.gz
    ("flask-limiter", "2.9.2", "auto"): "64c6456204d88006324127071598a04cdd77be1576e00e8f5b74fad80925ea37",  # Flask_Limiter-2.9.2-py3-none-any.whl
    ("flask-limiter", "3.0.0", "auto"): "93bb6d4cb29ff4b624ad73f87fce909e063411a3054b5f2cb2d67e9e8859b418",  # Flask_Limiter-3.0.0-py3-none-any.whl
    ("more-itertools", "9.1.0", "auto"): "d2bc7f02446e86a68911e58ded76d6561eea00cddfb2a91e7019bbb586c799f3",  # more_itertools-9.1.0-py3-none-any.whl
    ("more-itertools", "10.0.0", "auto"): "928d514ffd22b5b0a8fce326d57f423a55d2ff783b093bab217eda71e732330f",  # more_itertools-10.0.0-py3-none-any.whl
    ("connexion", "2.14.2", "sdist"): "dbc06f52ebeebcf045c9904d570f24377e8bbd5a6521caef15a06f634cf85646",  # connexion-2.14.2.tar.gz
    ("flask-bcrypt", "0.7.1", "sdist"): "d71c8585b2ee1c62024392ebdbc447438564e2c8c02b4e57b56a4cafd8d13c5f",  # Flask-Bcrypt-0.7.1.tar.gz
    ("flask-session", "0.4.0", "sdist"): "c9ed54321fa8c4ca0132ffd3369582759eda7252fb4b3bee480e690d1ba41f46",  # Flask-Session-0.4.0.tar.gz
    ("flask-wtf", "1.0.1", "sdist"): "34fe5c6fee0f69b50e30f81a3b7ea16aa1492a771fe9ad0974d164610c09a6c9",  # Flask-WTF-1.0.1.tar.gz
    ("flask-admin", "1.6.0", "sdist"): "424ffc79b7b0dfff051555686ea12e86e48dffacac14beaa319fb4502ac40988",  # Flask-Admin-1.6.0.tar.gz
    ("flask-socketio", "5.3.2", "sdist"): "11d1d78b8805cda351b27828a110b88c74a573be62b07f7f5a519fb67fae0a58",  # Flask-SocketIO-5.3.2.tar.gz
    ("flask-caching", "1.10.1", "sdist"): "cf19b722fcebc2ba03e4ae7c55b532ed53f0cbf683ce36fafe5e881789a01c00",  # Flask-Caching-1.10.1.tar.gz
    ("flask-security-too", "4.1.5", "sdist"): "f7c8ca7070efffe9a5b3b41559e1af19c9a860e182b29c4cef0e7fd918c9c683",  # Flask-Security-Too-4.1.5.tar.gz
    ("quart", "0.18.4", "auto"): "578a466bcd8c58b947b384ca3517c2a2f3bfeec8f58f4ff5038d4506ffee6be7",  # quart-0.18.4-py3-none-any.whl
    ("quart", "0.19.0", "auto"): "c8198e798e3dd5d3396872687522cbf45d63e90b21265c9fcf9542a66b950c30",  # quart-0.19.0-py3-none-any.whl
    ("matplotlib", "3.3.2", "sdist"): "3d2edbf59367f03cd9daf42939ca06383a7d7803e3993eb5ff1bee8e8a3fbb6b",  # matplotlib-3.3.2.tar.gz
    ("matplotlib", "3.3.3", "sdist"): "b1b60c6476c4cfe9e5cf8ab0d3127476fd3d5f05de0f343a452badaad0e4bdec",  # matplotlib-3.3.3.tar.gz
    ("matplotlib", "3.4.3", "sdist"): "fc4f526dfdb31c9bd6b8ca06bf9fab663ca12f3ec9cdf4496fb44bc680140318",  # matplotlib-3.4.3.tar.gz
    ("matplotlib", "3.5.0", "sdist"): "38892a254420d95594285077276162a5e9e9c30b6da08bdc2a4d53331ad9a6fa",  # matplotlib-3.5.0.tar.gz
    ("scrapy", "2.0.1", "auto"): "7b0e207eae772dca55a56cce5182680b5d66b69a8e733edc59eee11ffb99300e",  # Scrapy-2.0.1-py2.py3-none-any.whl
    ("scrapy", "2.1.0", "auto"): "883ab2dcb6cafb22c7448616baeb5b4d7bedef57ca6a9a5f4e902cb1d6e7aeca",  # Scrapy-2.1.0-py2.py3-none-any.whl
    ("scrapy", "2.3.0", "auto"): "31a9807f8771bfa33693aae9a5da46b4cfc8362dee11dff811574b760cc2749d",  # Scrapy-2.3.0-py2.py3-none-any.whl
    ("scrapy", "2.4.0", "auto"): "6dace3499c8ca5bef1b7bb8a517cdfcc12c1e685f7ec4158f6e48f2d706e7c1d",  # Scrapy-2.4.0-py2.py3-none-any.whl
    ("django", "3.2.13", "auto"): "b896ca61edc079eb6bbaa15cf6071eb69d6aac08cce5211583cfb41515644fdf",  # Django-3.2.13-py3-none-any.whl
    ("django", "4.0", "auto"): "59304646ebc6a77b9b6a59adc67d51ecb03c5e3d63ed1f14c909cdfda84e8010",  # Django-4.0-py3-none-any.whl
    ("flask-caching", "1.11.1", "auto"): "36592812eec6cba86eca48bcda74eff24bfd6c8eaf6056ca0184474bb78c0dc4",  # Flask_Caching-1.11.1-py3-none-any.whl
    ("flask-caching", "2.0.0", "auto"): "e5ff99af4a0208bd93a24fe48b24e9b47a77236c38c5d6a6aa3d688334040027",  # Flask_Caching-2.0.0-py3-none-any.whl
    ("cachelib", "0.9.0", "auto"): "811ceeb1209d2fe51cd2b62810bd1eccf70feba5c52641532498be5c675493b3",  # cachelib-0.9.0-py3-none-any.whl
    ("itsdangerous", "1.1.0", "auto"): "b12271b2047cb23eeb98c8b5622e2e5c5e9abd9784a153e9d8ef9cb4dd09d749",  # itsdangerous-1.1.0-py2.py3-none-any.whl
    ("itsdangerous", "2.0.0", "auto"): "e2cb4ae918f07ab2a2f9a91dec2695bd1f25a19d31861a70015ad537ccb5e807",  # itsdangerous-2.0.0-py3-none-any.whl
    ("click", "8.0.4", "auto"): "6a7a62563bbfabfda3a38f3023a1db4a35978c0abd76f6c9605ecd6554d6d9b1",  # click-8.0.4-py3-none-any.whl
    ("click", "8.1.0", "auto"): "19a4baa64da924c5e0cd889aba8e947f280309f1a2ce0947a3e3a7bcb7cc72d6",  # click-8.1.0-py3-none-any.whl
    ("flask", "2.0.3", "auto"): "59da8a3170004800a2837844bfa84d49b022550616070f7cb1a659682b2e7c9f",  # Flask-2.0.3-py3-none-any.whl
    ("flask", "2.1.0", "auto"): "e4c69910f6a096cc57e4ee45b7ba9afafdcad4cc571db6eb97d5bd01b95422ea",  # Flask-2.1.0-py3-none-any.whl
    ("flask-wtf", "0.14.3", "auto"): "57b3faf6fe5d6168bda0c36b0df1d05770f8e205e18332d0376ddb954d17aef2",  # Flask_WTF-0.14.3-py2.py3-none-any.whl
    ("flask-wtf", "0.15.1", "auto"): "6ff7af73458f182180906a37a783e290bdc8a3817fe4ad17227563137ca285bf",  # Flask_WTF-0.15.1-py2.py3-none-any.whl
    ("flask-wtf", "1.0.0", "auto"): "01feccfc395405cea48a3f36c23f0d766e2cc6fd2a5a065ad50ad3e5827ec797",  # Flask_WTF-1.0.0-py3-none-any.whl
    ("wtforms", "2.3.3", "auto"): "7b504fc724d0d1d4d5d5c114e778ec88c37ea53144683e084215eed5155ada4c",  # WTForms-2.3.3-py2.py3-none-any.whl
    ("wtforms", "3.0.0", "auto"): "232dbb0094847dca2f45c72136b5ca1d5dca2a3e24ccd2229823b8b74b3c6698",  # WTForms-3.0.0-py3-none-any.whl
    ("jinja2", "3.0.0", "auto"): "2f2de5285cf37f33d33ecd4a9080b75c87cd0c1994d5a9c6df17131ea1f049c6",  # Jinja2-3.0.0-py3-none-any.whl
    ("click", "7.1.2", "auto"): "dacca89f4bfadd5de3d7489b7c8a566eee0d3676333fbb50030263894c38c0dc",  # click-7.1.2-py2.py3-none-any.whl
    ("click", "8.0.0", "auto"): "e90e62ced43dc8105fb9a26d62f0d9340b5c8db053a814e25d95c19873ae87db",  # click-8.0.0-py3-none-any.whl
    ("flask-cors", "3.0.10", "auto"): "74efc975af1194fc7891ff5cd85b0f7478be4f7f59fe158102e91abb72bb4438",  # Flask_Cors-3.0.10-py2.py3-none-any.whl
    ("flask-cors", "4.0.0", "auto"): "bc3492bfd6368d27cfe79c7821df5a8a319e1a6d5eab277a3794be19bdc51783",  # Flask_Cors-4.0.0-py2.py3-none-any.whl
    ("flask-migrate", "3.1.0", "auto"): "a6498706241aba6be7a251078de9cf166d74307bca41a4ca3e403c9d39e2f897",  # Flask_Migrate-3.1.0-py3-none-any.whl
    ("flask-migrate", "4.0.0", "auto"): "e75a46b657e3062296b9f6e92f31e19662f76cfee8abd6ae94640cbcb79fe016",  # Flask_Migrate-4.0.0-py3-none-any.whl
    ("jinja2", "3.0.3", "auto"): "077ce6014f7b40d03b47d1f1ca4b0fc8328a692bd284016f806ed0eaca390ad8",  # Jinja2-3.0.3-py3-none-any.whl
    ("jinja2", "3.1.0", "auto"): "da424924c069a4013730d8dd010cbecac7e7bb752be388db3741688bffb48dc6",  # Jinja2-3.1.0-py3-none-any.whl
    ("flask-debugtoolbar", "0.13.1", "sdist"): "0c26aa013a9813b8886857bf0ec24d28ab494114a264baf06c951cadc4dd0dae",  # Flask-DebugToolbar-0.13.1.tar.gz
    # held-out batch 3 (issue 12 measurement): scanned only after the matching was written
    ("flask-cors", "3.0.10", "sdist"): "b60839393f3b84a0f3746f6cdca56c1ad7426aa738b70d6c61375857823181de",  # Flask-Cors-3.0.10.tar.gz
    ("flask-mail", "0.9.1", "sdist"): "22e5eb9a940bf407bcf30410ecc3708f3c56cc44b29c34e1726fe85006935f41",  # Flask-Mail-0.9.1.tar.gz
    ("flask-principal", "0.4.0", "sdist"): "f5d6134b5caebfdbb86f32d56d18ee44b080876a27269560a96ea35f75c99453",  # Flask-Principal-0.4.0.tar.gz
    ("flask-smorest", "0.37.0", "sdist"): "3f6002d6edc1a71bc13fd5410018ff563b3e6381143c0a9780e7d7c4251b83d8",  # flask-smorest-0.37.0.tar.gz
    ("flask-marshmallow", "0.14.0", "sdist"): "bd01a6372cbe50e36f205cfff0fc5dab0b7b662c4c8b2c4fc06a3151b2950950",  # flask-marshmallow-0.14.0.tar.gz
    ("flask-compress", "1.12", "sdist"): "e2159499f39d618a4d56ba0484e7b58b57956b9a2c6d3510f095f5bb14b7afc5",  # Flask-Compress-1.12.tar.gz
    ("flask-script", "2.0.6", "sdist"): "6425963d91054cfcc185807141c7314a9c5ad46325911bd24dcb489bd0161c65",  # Flask-Script-2.0.6.tar.gz
    ("flask-apispec", "0.11.1", "sdist"): "a69aed6310ede9b0f22b46224cd25ac3a8ef6372d0bfd4415b3b68bd8db635c1",  # flask-apispec-0.11.1.tar.gz
    ("flask-talisman", "1.0.0", "sdist"): "205d3de7c5ecfad667c84123f5fbe580b1f68cd9a1b058d7353cc0348e15b1bf",  # flask-talisman-1.0.0.tar.gz
    ("flask-pymongo", "2.3.0", "sdist"): "620eb02dc8808a5fcb90f26cab6cba9d6bf497b15032ae3ca99df80366e33314",  # Flask-PyMongo-2.3.0.tar.gz
    ("flask-classful", "0.14.2", "sdist"): "ae0cabd3f69e1e16db3bf31f50862d3a5577244bfa0ace2b4612d10436e4bff7",  # Flask-Classful-0.14.2.tar.gz
    ("flask-testing", "0.8.1", "sdist"): "0a734d7b68e63a9410b413cd7b1f96456f9a858bd09a6222d465650cc782eb01",  # Flask-Testing-0.8.1.tar.gz
    ("flask-seasurf", "1.1.1", "sdist"): "54537008c769ac0ada8237877327c3e7ed74dcd8b01e74a9120ee0232c5951a9",  # Flask-SeaSurf-1.1.1.tar.gz
    ("flask-moment", "1.0.2", "sdist"): "1faf8fea08080d2396f0c878b92bd0429635977a8f96c553a0d43f15fd8d0213",  # Flask-Moment-1.0.2.tar.gz
    ("flask-oauthlib", "0.9.6", "sdist"): "5bb79c8a8e670c2eb4cb553dfc3283b6c8d1202f674934676dc173cee94fe39c",  # Flask-OAuthlib-0.9.6.tar.gz
    ("flask-kvsession", "0.6.2", "sdist"): "9c0ee93fae089c45baeda0a3fd3ae32a96ee81c34996017749f8b3fd06df936c",  # Flask-KVSession-0.6.2.tar.gz
    ("flask-babel", "2.0.0", "sdist"): "f9faf45cdb2e1a32ea2ec14403587d4295108f35017a7821a2b1acb8cfd9257d",  # Flask-Babel-2.0.0.tar.gz
    ("flask-httpauth", "4.5.0", "sdist"): "395040fda2854df800d15e84bc4a81a5f32f1d4a5e91eee554936f36f330aa29",  # Flask-HTTPAuth-4.5.0.tar.gz
    ("flask-migrate", "3.1.0", "sdist"): "57d6060839e3a7f150eaab6fe4e726d9e3e7cffe2150fb223d73f92421c6d1d9",  # Flask-Migrate-3.1.0.tar.gz
    # held out beyond the Flask ecosystem (issue 11): a Python 2 source root beside the Python 3 one, a six
    # class decorator, a namedtuple over a module constant, a `.get()` shim table, a plain module's `__version__`
    ("pyyaml", "5.4.1", "auto"): "607774cbba28732bfa802b54baa7484215f530991055bb562efbed5b2f20a45e",  # PyYAML-5.4.1.tar.gz
    ("pyyaml", "6.0", "auto"): "68fb519c14306fec9720a2a5b45bc9f0c8d1b9c72adf45c37baedfcd949c35a2",  # PyYAML-6.0.tar.gz
    ("urllib3", "1.25.11", "auto"): "f5321fbe4bf3fefa0efd0bfe7fb14e90909eb62a48ccda331726b4319897dd5e",  # urllib3-1.25.11-py2.py3-none-any.whl
    ("urllib3", "1.26.0", "auto"): "bad31cb622ceee0ab46c4c884cf61957def0ff2e644de0a7a093678844c9ccac",  # urllib3-1.26.0-py2.py3-none-any.whl
    ("docspec", "1.3.0", "auto"): "e3648f99a8578973941ff023bb1fd540cea6e23f390988c45d259a711bfb278d",  # docspec-1.3.0-py3-none-any.whl
    ("docspec", "2.0.0a1", "auto"): "9f044ded1d4a792722ca0bc2be0a823544c903a3364e65934a985d0992dd16f0",  # docspec-2.0.0a1-py3-none-any.whl
    ("rpyc", "3.4.4", "auto"): "14a97520beb63d82002b8f023e04737908f24dc2163df43b4f317aa88e044481",  # rpyc-3.4.4-py3-none-any.whl
    ("rpyc", "4.0.0", "auto"): "38ee1d44783bd2691dd6fde9e76220777af435ebb56e415c252227e220f80dc3",  # rpyc-4.0.0.tar.gz
    ("urllib3", "1.26.18", "auto"): "34b97092d7e0a3a8cf7cd10e386f401b3737364026c45e622aa02903dffe0f07",  # urllib3-1.26.18-py2.py3-none-any.whl
    ("urllib3", "2.0.0", "auto"): "8f7f917bc6ff1c021c4b7b677229c455a7612878748581f6de39fd45e4fa21ae",  # urllib3-2.0.0-py3-none-any.whl
    ("markdown", "3.3.7", "auto"): "f5da449a6e1c989a4cea2631aa8ee67caa5a2ef855d551c88f9e309f4634c621",  # Markdown-3.3.7-py3-none-any.whl
    ("markdown", "3.4", "auto"): "e90f851d4b0f788ee2e9c352205d8a592fd0c713ca6b934f87b81bc14d24dab7",  # Markdown-3.4-py3-none-any.whl
    ("jsonschema", "3.2.0", "auto"): "4e5b3cf8216f577bee9ce139cbe72eca3ea4f292ec60928ff24758ce626cd163",  # jsonschema-3.2.0-py2.py3-none-any.whl
    ("jsonschema", "4.0.0", "auto"): "c773028c649441ab980015b5b622f4cd5134cf563daaf0235ca4b73cc3734f20",  # jsonschema-4.0.0-py3-none-any.whl
    ("pyparsing", "2.4.7", "auto"): "ef9d7589ef3c200abe66653d3f1ab1033c3c419ae9b9bdb1240a85b024efc88b",  # pyparsing-2.4.7-py2.py3-none-any.whl
    ("pyparsing", "3.0.0", "auto"): "d487599e9fb0dc36bee6b5c183c6fc5bd372ce667736f3d430ab7d842a54a35a",  # pyparsing-3.0.0-py3-none-any.whl
    ("marshmallow", "2.21.0", "auto"): "7cb1881a0fa84be4b5c1e301168236932c345f6910725f99905d636bfe93e9e9",  # marshmallow-2.21.0-py2.py3-none-any.whl
    ("marshmallow", "3.0.0", "auto"): "e5e9fd0c2e919b4ece915eb30808206349a49a45df72e99ed20e27a9053d574b",  # marshmallow-3.0.0-py2.py3-none-any.whl
    ("networkx", "2.8.8", "auto"): "e435dfa75b1d7195c7b8378c3859f0445cd88c6b0375c181ed66823a9ceb7524",  # networkx-2.8.8-py3-none-any.whl
    ("networkx", "3.0", "auto"): "58058d66b1818043527244fab9d41a51fcd7dcc271748015f3c181b8a90c8e2e",  # networkx-3.0-py3-none-any.whl
    ("docutils", "0.18.1", "auto"): "23010f129180089fbcd3bc08cfefccb3b890b0050e1ca00c867036e9d161b98c",  # docutils-0.18.1-py2.py3-none-any.whl
    ("docutils", "0.19", "auto"): "5e1de4d849fee02c63b040a4a3fd567f4ab104defd8a5511fbbc24a8a017efbc",  # docutils-0.19-py3-none-any.whl
    ("starlette", "0.20.4", "auto"): "c0414d5a56297d37f3db96a84034d61ce29889b9eaccf65eb98a0b39441fcaa3",  # starlette-0.20.4-py3-none-any.whl
    ("starlette", "0.21.0", "auto"): "0efc058261bbcddeca93cad577efd36d0c8a317e44376bcfc0e097a2b3dc24a7",  # starlette-0.21.0-py3-none-any.whl
    ("attrs", "22.2.0", "auto"): "29e95c7f6778868dbd49170f98f8818f78f3dc5e0e37c0b1f474e3561b240836",  # attrs-22.2.0-py3-none-any.whl
    ("attrs", "23.1.0", "auto"): "1f28b4522cdc2fb4256ac1a020c78acf9cba2c6b461ccd2c126f3aa8e8335d04",  # attrs-23.1.0-py3-none-any.whl
    ("tornado", "5.1.1", "auto"): "4e5158d97583502a7e2739951553cbd88a72076f152b4b11b64b9a10c4c49409",  # tornado-5.1.1.tar.gz
    ("tornado", "6.0", "auto"): "3f8db1394416371fb3a7a56062c77366cf10f8c4d81626df0135a2b2a7e26d2f",  # tornado-6.0.tar.gz
    ("attrs", "21.4.0", "auto"): "2d27e3784d7a565d36ab851fe94887c5eccd6a463168875832a1be79c82828b4",  # attrs-21.4.0-py2.py3-none-any.whl
    ("attrs", "22.1.0", "auto"): "86efa402f67bf2df34f51a335487cf46b1ec130d02b8d39fd248abfd30da551c",  # attrs-22.1.0-py2.py3-none-any.whl
    ("prompt-toolkit", "2.0.10", "auto"): "46642344ce457641f28fc9d1c9ca939b63dadf8df128b86f1b9860e59c73a5e4",  # prompt_toolkit-2.0.10-py3-none-any.whl (not its py2 twin)
    ("prompt-toolkit", "3.0.0", "auto"): "3f1e4acc78605c25f79992c2e5b3fe9a1c238a6444ae3f4b7d2678cfbd67a8f8",  # prompt_toolkit-3.0.0-py3-none-any.whl
    ("pydantic", "1.10.9", "auto"): "6cafde02f6699ce4ff643417d1a9223716ec25e228ddc3b436fe7e2d25a1f305",  # pydantic-1.10.9-py3-none-any.whl
    ("pydantic", "2.0", "auto"): "8bf7355be5e1207c756dfbc8046236dadd4ce04101fb482e6c8834a06d9aa04f",  # pydantic-2.0-py3-none-any.whl
    ("flask-restx", "0.5.1", "auto"): "96157547acaa8892adcefd8c60abf9040212ac2a8634937a82946e07b46147fd",  # flask_restx-0.5.1-py2.py3-none-any.whl
    ("flask-restx", "1.0.1", "auto"): "0c3fa7a58b49d13e005fa4ece3dc8c4f8c66827bebbc989df894d1bb81719bd4",  # flask_restx-1.0.1-py2.py3-none-any.whl
    ("werkzeug", "1.0.1", "auto"): "2de2a5db0baeae7b2d2664949077c2ac63fbd16d98da0ff71837f7d1dea3fd43",  # Werkzeug-1.0.1-py2.py3-none-any.whl
    ("werkzeug", "2.0.0", "auto"): "64c02f6495ba01eddd6625b3675f357cd358a73f1e38458a56ad86c5baa30b53",  # Werkzeug-2.0.0-py3-none-any.whl
    ("markupsafe", "1.1.1", "auto"): "29872e92839765e546828bb7754a68c418d927cd064fd4708fab9fe9c8bb116b",  # MarkupSafe-1.1.1.tar.gz
    ("markupsafe", "2.0.0", "auto"): "4fae0677f712ee090721d8b17f412f1cbceefbf0dc180fe91bab3232f38b4527",  # MarkupSafe-2.0.0.tar.gz
    ("pymongo", "3.13.0", "auto"): "e22d6cf5802cd09b674c307cc9e03870b8c37c503ebec3d25b86f2ce8c535dc7",  # pymongo-3.13.0.tar.gz
    ("pymongo", "4.0", "auto"): "6d158eadba3aaab276a3b188b7f467ab0384b68c1d31cfa87335e52addd9dcb6",  # pymongo-4.0.tar.gz
    ("markupsafe", "2.1.5", "auto"): "d283d37a890ba4c1ae73ffadf8046435c76e7bc2247bbb63c00bd1a709c6544b",  # MarkupSafe-2.1.5.tar.gz
    ("markupsafe", "3.0.0", "auto"): "03ff62dea2fef3eadf2f1853bc6332bcb0458d9608b11dfb1cd5aeda1c178ea6",  # markupsafe-3.0.0.tar.gz
    ("pyjwt", "1.7.1", "auto"): "5c6eca3c2940464d106b99ba83b00c6add741c9becaec087fb7ccdefea71350e",  # PyJWT-1.7.1-py2.py3-none-any.whl
    ("pyjwt", "2.0.0", "auto"): "5c2ff2eb27d7e342dfc3cafcc16412781f06db2690fbef81922b0172598f085b",  # PyJWT-2.0.0-py3-none-any.whl
    ("pyjwt", "2.2.0", "auto"): "b0ed5824c8ecc5362e540c65dc6247567db130c4226670bf7699aec92fb4dae1",  # PyJWT-2.2.0-py3-none-any.whl
    ("pyjwt", "2.3.0", "auto"): "e0c4bb8d9f0af0c7f5b1ec4c5036309617d03d56932877f2f7a0beeb5318322f",  # PyJWT-2.3.0-py3-none-any.whl
    ("evidently", "0.1.32.dev0", "auto"): "2057c43d83b7fee49d17fda89719c2ebc784227642a855f07f31269eaf2d8366",  # evidently-0.1.32.dev0-py3-none-any.whl
    ("evidently", "0.1.33.dev0", "auto"): "24fb95c1db32fa1e6bb8f225fd5584b0956b57f6e6344672b7e294a65c1aa83a",  # evidently-0.1.33.dev0-py3-none-any.whl
    ("flask-babel", "2.0.0", "auto"): "e6820a052a8d344e178cdd36dd4bb8aea09b4bda3d5f9fa9f008df2c7f2f5468",  # Flask_Babel-2.0.0-py3-none-any.whl
    ("flask-babel", "3.0.0", "auto"): "a5615f2305a9a2911a7cac79bcfdb05feeb6ac359abbc6e002a1c7854b7fc190",  # flask_babel-3.0.0-py3-none-any.whl
    ("flask-sqlalchemy", "3.0.5", "auto"): "cabb6600ddd819a9f859f36515bb1bd8e7dbf30206cc679d2b081dff9e383283",  # flask_sqlalchemy-3.0.5-py3-none-any.whl
    ("flask-sqlalchemy", "3.1.0", "auto"): "3f7060d00edb229ef2f2d98b414bc49fc1a4b26562af94cc1f090fc6c41bf41d",  # flask_sqlalchemy-3.1.0-py3-none-any.whl
    ("sqlalchemy", "2.0.0", "auto"): "192210daec1062e93fcc732de0c602c4b58097257c56874baa6e491849e82ceb",  # SQLAlchemy-2.0.0-py3-none-any.whl
    ("gunicorn", "20.1.0", "auto"): "9dcc4547dbb1cb284accfb15ab5667a0e5d1881cc443e0677b4882a4067a807e",  # gunicorn-20.1.0-py3-none-any.whl
    ("gunicorn", "21.0.0", "auto"): "f3a52f282306059b3a39761559c086d326449a2d67eb8ab224f057caa7cd1cff",  # gunicorn-21.0.0-py3-none-any.whl
    ("sqlalchemy", "1.4.52", "auto"): "80e63bbdc5217dad3485059bdf6f65a7d43f33c8bde619df5c220edf03d87296",  # SQLAlchemy-1.4.52.tar.gz
    ("redis", "4.6.0", "auto"): "e2b03db868160ee4591de3cb90d40ebb50a90dd302138775937f6a42b7ed183c",  # redis-4.6.0-py3-none-any.whl
    ("redis", "5.0.0", "auto"): "06570d0b2d84d46c21defc550afbaada381af82f5b83e5b3777600e05d8e2ed0",  # redis-5.0.0-py3-none-any.whl
    ("redis", "5.2.1", "auto"): "ee7e1056b9aea0f04c6c2ed59452947f34c4940ee025f5dd83e6a6418b6989e4",  # redis-5.2.1-py3-none-any.whl
    ("redis", "6.0.0", "auto"): "a2e040aee2cdd947be1fa3a32e35a956cd839cc4c1dbbe4b2cdee5b9623fd27c",  # redis-6.0.0-py3-none-any.whl
    ("pytest-asyncio", "0.26.0", "auto"): "7b51ed894f4fbea1340262bdae5135797ebbe21d8638978e35d31c6d19f72fb0",  # pytest_asyncio-0.26.0-py3-none-any.whl
    ("pytest-asyncio", "1.0.0", "auto"): "4f024da9f1ef945e680dc68610b52550e36590a67fd31bb3b4943979a1f90ef3",  # pytest_asyncio-1.0.0-py3-none-any.whl
    ("python-json-logger", "3.0.1", "auto"): "62df9fe92cf4dca28874b97275ce8372289c04f3d0964e074aeb848ddbc7760e",  # python_json_logger-3.0.1-py3-none-any.whl
    ("python-json-logger", "3.1.0", "auto"): "6c7a5df7384cbe748f7531f784aad775b50ed5b9123f78e95f0370c7acce0513",  # python_json_logger-3.1.0-py3-none-any.whl
    ("websockets", "10.4", "auto"): "eef610b23933c54d5d921c92578ae5f89813438fded840c2e9809d378dc765d3",  # websockets-10.4.tar.gz
    ("websockets", "11.0", "auto"): "6ebd971b9b2c0aaa2188c472016e4dad93108b3db425a33ad584bdc41b22026d",  # websockets-11.0-py3-none-any.whl
    ("blinker", "1.5", "auto"): "1eb563df6fdbc39eeddc177d953203f99f097e9bf0e2b8f9f3cf18b6ca425e36",  # blinker-1.5-py2.py3-none-any.whl
    ("blinker", "1.6", "auto"): "eeebd5dfc782e1817fe4261ce79936c8c8cefb90d685caf50cec458029f773c1",  # blinker-1.6-py3-none-any.whl
    ("click", "8.1.8", "auto"): "63c132bbbed01578a06712a2d1f497bb62d9c1c0d329b7903a866228027263b2",  # click-8.1.8-py3-none-any.whl
    ("click", "8.2.0", "auto"): "6b303f0b2aa85f1cb4e5303078fadcbcd4e476f114fab9b5007005711839325c",  # click-8.2.0-py3-none-any.whl
    ("markdown", "3.5.2", "auto"): "d43323865d89fc0cb9b20c75fc8ad313af307cc087e84b657d9eec768eddeadd",  # Markdown-3.5.2-py3-none-any.whl
    ("markdown", "3.6", "auto"): "48f276f4d8cfb8ce6527c8f79e2ee29708508bf4d40aa410fbc3b4ee832c850f",  # Markdown-3.6-py3-none-any.whl
    ("apispec", "5.2.2", "auto"): "f5f0d6b452c3e4a0e0922dce8815fac89dc4dbc758acef21fb9e01584d6602a5",  # apispec-5.2.2-py3-none-any.whl
    ("apispec", "6.0.0", "auto"): "4befd7c6448d31684148b4c10e715e2b74a367117d016e312b48afbd54e99bb9",  # apispec-6.0.0-py3-none-any.whl
    ("attrs", "23.2.0", "auto"): "99b87a485a5820b23b879f04c2305b44b951b502fd64be915879d77a7e8fc6f1",  # attrs-23.2.0-py3-none-any.whl
    ("attrs", "24.1.0", "auto"): "377b47448cb61fea38533f671fba0d0f8a96fd58facd4dc518e3dac9dbea0905",  # attrs-24.1.0-py3-none-any.whl
    ("marshmallow", "3.26.1", "auto"): "3350409f20a70a7e4e11a27661187b77cdcaeb20abca41c1454fe33636bea09c",  # marshmallow-3.26.1-py3-none-any.whl
    ("marshmallow", "4.0.0", "auto"): "e7b0528337e9990fd64950f8a6b3a1baabed09ad17a0dfb844d701151f92d203",  # marshmallow-4.0.0-py3-none-any.whl
    ("marshmallow", "3.20.0", "auto"): "217d7d47793c8cb240d94f96b0a00285213d1ac29cc2bd56019ac4cd6ff8852b",  # marshmallow-3.20.0-py3-none-any.whl
    ("marshmallow", "3.21.0", "auto"): "e7997f83571c7fd476042c2c188e4ee8a78900ca5e74bd9c8097afa56624e9bd",  # marshmallow-3.21.0-py3-none-any.whl
    ("flask-mail", "0.9.1", "auto"): "22e5eb9a940bf407bcf30410ecc3708f3c56cc44b29c34e1726fe85006935f41",  # Flask-Mail-0.9.1.tar.gz
    ("flask-mail", "0.10.0", "auto"): "a451e490931bb3441d9b11ebab6812a16bfa81855792ae1bf9c1e1e22c4e51e7",  # flask_mail-0.10.0-py3-none-any.whl
    ("starlette", "0.27.0", "auto"): "918416370e846586541235ccd38a474c08b80443ed31c578a418e2209b3eef91",  # starlette-0.27.0-py3-none-any.whl
    ("starlette", "0.28.0", "auto"): "e58b9fc402c579950260fbb6d57173395c4e62804c40d3ede7e9ef1074f0c579",  # starlette-0.28.0-py3-none-any.whl
    ("pydantic", "1.9.2", "auto"): "78a4d6bdfd116a559aeec9a4cfe77dda62acc6233f8b56a716edad2651023e5e",  # pydantic-1.9.2-py3-none-any.whl
    ("pydantic", "1.10.0", "auto"): "4d2b9258f5bd2d129bd4cf2d31f9d40094b9ed6ef64896e2f7a70729b2d599ea",  # pydantic-1.10.0-py3-none-any.whl
    ("dash", "2.18.2", "auto"): "0ce0479d1bc958e934630e2de7023b8a4558f23ce1f9f5a4b34b65eb3903a869",  # dash-2.18.2-py3-none-any.whl
    ("dash", "3.0.0", "auto"): "684de3765bdb24f2c5a7b5d9d4dffb02bb122586b08784a394769004af444f03",  # dash-3.0.0-py3-none-any.whl
    ("flask-jwt-extended", "3.25.1", "auto"): "bbf4467f41c56cf1fd8a5870d2556f419c572aad2b4085757581c3f9b4d7767a",  # Flask-JWT-Extended-3.25.1.tar.gz (no wheel)
    ("flask-jwt-extended", "4.0.0", "auto"): "7929ea31a0c7579e2e8ca18cf4301d98cfab9a77eafee0af04f7296e0e82d5d6",  # Flask_JWT_Extended-4.0.0-py2.py3-none-any.whl
    ("jinja2", "2.10.3", "auto"): "74320bb91f31270f9551d46522e33af46a80c3d619f4a4bf42b3164d30b5911f",  # Jinja2-2.10.3-py2.py3-none-any.whl
    ("jinja2", "2.11.0", "auto"): "6e7a3c2934694d59ad334c93dd1b6c96699cf24c53fdb8ec848ac6b23e685734",  # Jinja2-2.11.0-py2.py3-none-any.whl
    ("flask", "2.1.3", "auto"): "9013281a7402ad527f8fd56375164f3aa021ecfaff89bfe3825346c24f87e04c",  # Flask-2.1.3-py3-none-any.whl
    ("flask", "2.2.0", "auto"): "10dc2bae7a9b6ab59111d6dbece2e08fb0015d2e88d296c40323cc0c7aac2c2e",  # Flask-2.2.0-py3-none-any.whl
    ("quart", "0.17.0", "auto"): "69480e7384935feff1f50293a8cb70c5d31f568af94ed792d043bb368b50bd50",  # Quart-0.17.0-py3-none-any.whl
    ("quart", "0.18.0", "auto"): "5bef6711d25e379ce8a1ed3f7d3ec72eae4159d116e8d480d1cab59c8bb6f44d",  # Quart-0.18.0-py3-none-any.whl
    ("flask", "2.0.0", "auto"): "1833a4b36ace08dfa1510d86f1bb6fc595d990ec1b838e03ac8dd80ac0705954",  # Flask-2.0.0-py3-none-any.whl
    ("arrow", "0.17.0", "auto"): "e098abbd9af3665aea81bdd6c869e93af4feb078e98468dd351c383af187aac5",  # arrow-0.17.0-py2.py3-none-any.whl
    ("arrow", "1.0.0", "auto"): "3d9c973acbd30f8a87cb816c4d1ac14fbcd44289c1448e8a8eb802ecc7504fad",  # arrow-1.0.0-py3-none-any.whl
    ("pendulum", "2.1.2", "auto"): "b06a0ca1bfe41c990bbf0c029f0b6501a7f2ec4e38bfec730712015e8860f207",  # pendulum-2.1.2.tar.gz
    ("pendulum", "3.0.0", "auto"): "5d034998dea404ec31fae27af6b22cff1708f830a1ed7353be4d1019bb9f584e",  # pendulum-3.0.0.tar.gz
    ("websockets", "13.1", "auto"): "a9a396a6ad26130cdae92ae10c36af09d9bfe6cafe69670fd3b6da9b07b4044f",  # websockets-13.1-py3-none-any.whl
    ("websockets", "14.0", "auto"): "1a3bca8cfb66614e23a65aa5d6b87190876ec6f3247094939f9db877db55319c",  # websockets-14.0-py3-none-any.whl
    ("beautifulsoup4", "4.12.3", "auto"): "b80878c9f40111313e55da8ba20bdba06d8fa3969fc68304167741bbf9e082ed",  # beautifulsoup4-4.12.3-py3-none-any.whl
    ("beautifulsoup4", "4.13.0", "auto"): "9c4c3dfa67aba55f6cd03769c441b21e6a369797fd6766e4b4c6b3399aae2735",  # beautifulsoup4-4.13.0-py3-none-any.whl
    ("tornado", "6.1", "auto"): "33c6e81d7bd55b468d2e793517c909b139960b6c790a60b7991b9b6b76fb9791",  # tornado-6.1.tar.gz
    ("tornado", "6.2", "auto"): "9b630419bde84ec666bfd7ea0a4cb2a8a651c2d5cccdbdd1972a0c859dfc3c13",  # tornado-6.2.tar.gz
    ("fabric", "2.7.1", "auto"): "7610362318ef2d391cc65d4befb684393975d889ed5720f23499394ec0e136fa",  # fabric-2.7.1-py2.py3-none-any.whl
    ("fabric", "3.0.0", "auto"): "2a05508854ddef5a020a0be9aa7787e5397b528deb5936bbd2493c0b8eaaefa3",  # fabric-3.0.0-py3-none-any.whl
    ("flask-security-too", "4.1.5", "auto"): "c3884e07c5e27de0ecbe3189af150f6e5f235040b87e9af6cc67fc42a2c6fb1c",  # Flask_Security_Too-4.1.5-py2.py3-none-any.whl
    ("flask-security-too", "5.0.0", "auto"): "37b3e7c60ce445fde58ab2de8403f32b7a9abe27e572b527dcf7a83824f14139",  # Flask_Security_Too-5.0.0-py2.py3-none-any.whl
    # the Flask-ecosystem hunt 13 (issue 11): werkzeug's lazy and deprecating module objects, a class redefined
    # when an optional import fails, private parameters' slots
    ("werkzeug", "0.15.6", "auto"): "00d32beac38fcd48d329566f80d39f10ec2ed994efbecfb8dd4b320062d05902",  # Werkzeug-0.15.6-py2.py3-none-any.whl
    ("werkzeug", "0.16.0", "auto"): "e5f4a1f98b52b18a93da705a7458e55afb26f32bff83ff5d19189f92462d65c4",  # Werkzeug-0.16.0-py2.py3-none-any.whl
    ("werkzeug", "0.16.1", "auto"): "1e0dedc2acb1f46827daa2e399c1485c8fa17c0d8e70b6b875b4e7f54bf408d2",  # Werkzeug-0.16.1-py2.py3-none-any.whl
    ("werkzeug", "1.0.0", "auto"): "6dc65cf9091cf750012f56f2cad759fa9e879f511b5ff8685e456b4e3bf90d16",  # Werkzeug-1.0.0-py2.py3-none-any.whl
    ("flask-security-too", "5.3.3", "auto"): "8036d8a7b49ab8083b673c2e6ff0cbf3c7c55ec05ffda8f2003e1a074b49c13d",  # Flask_Security_Too-5.3.3-py3-none-any.whl
    ("flask-security-too", "5.4.0", "auto"): "351e672c5fcf9dffc7bbd43772ac216b97b34a9bd4eb3ed1abb7ff597d95a5d8",  # Flask_Security_Too-5.4.0-py3-none-any.whl
    ("alembic", "1.12.1", "auto"): "47d52e3dfb03666ed945becb723d6482e52190917fdb47071440cfdba05d92cb",  # alembic-1.12.1-py3-none-any.whl
    ("alembic", "1.13.0", "auto"): "a23974ea301c3ee52705db809c7413cecd165290c6679b9998dd6c74342ca23a",  # alembic-1.13.0-py3-none-any.whl
    ("alembic", "1.4.3", "auto"): "4e02ed2aa796bd179965041afa092c55b51fb077de19d61835673cc80672c01c",  # alembic-1.4.3-py2.py3-none-any.whl
    ("alembic", "1.5.0", "auto"): "b7b3b43adc71447967b5f7bf55d5cc9113bb4e74840b6907d2705b34f2c0f898",  # alembic-1.5.0.tar.gz (no wheel)
    ("webargs", "5.5.3", "auto"): "4f04918864c7602886335d8099f9b8960ee698b6b914f022736ed50be6b71235",  # webargs-5.5.3-py3-none-any.whl
    ("webargs", "6.0.0", "auto"): "dfe01cd3711cee9a3651bfd5ca67770ace4a6f35f3cae583aa8400bbf7706bb4",  # webargs-6.0.0-py2.py3-none-any.whl
    ("itsdangerous", "0.24", "auto"): "cbb3fcf8d3e33df861709ecaf89d9e6629cff0a217bc2848f1b41cd30d360519",  # itsdangerous-0.24.tar.gz (no wheel)
    ("jinja2", "3.1.4", "auto"): "bc5dd2abb727a5319567b7a813e6a2e7318c39f4f487cfe6c89c6f9c7d25197d",  # jinja2-3.1.4-py3-none-any.whl
    ("jinja2", "3.1.5", "auto"): "aba0f4dc9ed8013c424088f68a5c226f7d6097ed89b246d7749c2ec4175c6adb",  # jinja2-3.1.5-py3-none-any.whl
    ("flask-wtf", "1.0.1", "auto"): "9d733658c80be551ce7d5bc13c7a7ac0d80df509be1e23827c847d9520f4359a",  # Flask_WTF-1.0.1-py3-none-any.whl
    ("flask-wtf", "1.1.0", "auto"): "b37451583d41aa40678eeb28d81023d66ce239693c6c35fc57b989ef22053e98",  # Flask_WTF-1.1.0-py3-none-any.whl
    ("tenacity", "7.0.0", "auto"): "a0ce48587271515db7d3a5e700df9ae69cce98c4b57c23a4886da15243603dd8",  # tenacity-7.0.0-py2.py3-none-any.whl
    ("tenacity", "8.0.0", "auto"): "352cc77bb3dffb070111c83c548ef5afb78acf93f89a28d753c5570066411b57",  # tenacity-8.0.0-py3-none-any.whl
    ("docutils", "0.20.1", "auto"): "96f387a2c5562db4476f09f13bbab2192e764cac08ebbf3a34a95d9b1e4a59d6",  # docutils-0.20.1-py3-none-any.whl
    ("docutils", "0.21", "auto"): "c26e17ca4915b9df42a4ce2ccca1b25b8b896f33caedb1a558684f0789d0783e",  # docutils-0.21-py3-none-any.whl
    ("jsonschema", "4.17.3", "auto"): "a870ad254da1a8ca84b6a2905cac29d265f805acc57af304784962a2aa6508f6",  # jsonschema-4.17.3-py3-none-any.whl
    ("jsonschema", "4.18.0", "auto"): "b508dd6142bd03f4c3670534c80af68cd7bbff9ea830b9cf2625d4a3c49ddf60",  # jsonschema-4.18.0-py3-none-any.whl
    ("anyio", "3.7.1", "auto"): "91dee416e570e92c64041bd18b900d1d6fa78dff7048769ce5ac5ddad004fbb5",  # anyio-3.7.1-py3-none-any.whl
    ("anyio", "4.0.0", "auto"): "cfdb2b588b9fc25ede96d8db56ed50848b0b649dca3dd1df0b11f683bb9e0b5f",  # anyio-4.0.0-py3-none-any.whl
    ("tomli", "1.2.3", "auto"): "e3069e4be3ead9668e21cb9b074cd948f7b3113fd9c8bba083f48247aab8b11c",  # tomli-1.2.3-py3-none-any.whl
    ("tomli", "2.0.0", "auto"): "b5bde28da1fed24b9bd1d4d2b8cba62300bfb4ec9a6187a957e8ddb9434c5224",  # tomli-2.0.0-py3-none-any.whl
    ("invoke", "1.7.3", "auto"): "d9694a865764dd3fd91f25f7e9a97fb41666e822bbb00e670091e3f43933574d",  # invoke-1.7.3-py3-none-any.whl
    ("invoke", "2.0.0", "auto"): "a860582bcf7a4b336fe18ef53937f0f28cec1c0053ffa767c2fcf7ba0b850f59",  # invoke-2.0.0-py3-none-any.whl
    ("h11", "0.12.0", "auto"): "36a3cb8c0a032f56e2da7084577878a035d3b61d104230d4bd49c0c6b555a9c6",  # h11-0.12.0-py3-none-any.whl
    ("h11", "0.13.0", "auto"): "8ddd78563b633ca55346c8cd41ec0af27d3c79931828beffb46ce70a379e7442",  # h11-0.13.0-py3-none-any.whl
    ("email-validator", "1.3.1", "auto"): "49a72f5fa6ed26be1c964f0567d931d10bf3fdeeacdf97bc26ef1cd2a44e0bda",  # email_validator-1.3.1-py2.py3-none-any.whl
    ("email-validator", "2.0.0", "auto"): "07c61b62ee446e39274b18204afa8e422baf64570776045272b04d10c02f64f6",  # email_validator-2.0.0-py3-none-any.whl
    ("flask-session", "0.8.0", "auto"): "5dae6e9ddab334f8dc4dea4305af37851f4e7dc0f484caf3351184001195e3b7",  # flask_session-0.8.0-py3-none-any.whl
    ("httpx", "0.27.2", "auto"): "7bb2708e112d8fdd7829cd4243970f0c223274051cb35ee80c03301ee29a3df0",  # httpx-0.27.2-py3-none-any.whl
    ("httpx", "0.28.0", "auto"): "dc0b419a0cfeb6e8b34e85167c0da2671206f5095f1baa9663d23bcfd6b535fc",  # httpx-0.28.0-py3-none-any.whl
    ("flask-session", "0.7.0", "auto"): "b1d4a1ce560aa82c06f25b46a105a13e9cd43776987d6ae7d9fea2cbfc7b4bc4",  # flask_session-0.7.0-py3-none-any.whl
    ("requests", "2.15.1", "auto"): "ff753b2196cd18b1bbeddc9dcd5c864056599f7a7d9a4fb5677e723efa2b7fb9",  # requests-2.15.1-py2.py3-none-any.whl
    ("requests", "2.16.1", "auto"): "b81b3651a206f02709e374c52071b4ac9bdf463c193701a560ce8e25c9ecc80b",  # requests-2.16.1-py2.py3-none-any.whl
    ("numpy", "1.21.6", "auto"): "ecb55251139706669fdec2ff073c98ef8e9a84473e51e716211b41aa0f18e656",  # numpy-1.21.6.zip
    ("numpy", "1.22.0", "auto"): "a955e4128ac36797aaffd49ab44ec74a71c11d6938df83b1285492d277db5397",  # numpy-1.22.0.zip
    ("connexion", "2.14.2", "auto"): "a73b96a0e07b16979a42cde7c7e26afe8548099e352cf350f80c57185e0e0b36",  # connexion-2.14.2-py2.py3-none-any.whl
    ("connexion", "3.0.0", "auto"): "1c4770fd350bbb085978437f2bd12fa3169d997a146740a1183fbb792b1637b5",  # connexion-3.0.0-py3-none-any.whl
    ("python-socketio", "4.6.1", "auto"): "5a21da53fdbdc6bb6c8071f40e13d100e0b279ad997681c2492478e06f370523",  # python_socketio-4.6.1-py2.py3-none-any.whl
    ("python-socketio", "5.0.0", "auto"): "d5dda689f154f18e689bf241d85e3f38167960f2d7bc0905ba2e8890eeb4c517",  # python_socketio-5.0.0-py2.py3-none-any.whl
    ("flask-admin", "1.6.1", "auto"): "fd8190f1ec3355913a22739c46ed3623f1d82b8112cde324c60a6fc9b21c9406",  # Flask_Admin-1.6.1-py3-none-any.whl
    ("flask-admin", "2.0.0", "auto"): "3b2dc1f13c2ec450e2c9197f58cd684be5b96a9497e1ffb9d9efb9f7f59825f9",  # flask_admin-2.0.0-py3-none-any.whl
    ("wtforms", "3.2.2", "auto"): "72b90d5d921bd3119252069cf0301e9c13915f9e52792652bc91c5dda4b79e56",  # wtforms-3.2.2-py3-none-any.whl
    ("wtforms", "3.3.0", "auto"): "eaf2f7649bedbee0bad74bb068dca8bfec8b00d04fd44c1735682c1fe33acfa7",  # wtforms-3.3.0-py3-none-any.whl
    ("quart", "0.20.0", "auto"): "003c08f551746710acb757de49d9b768986fd431517d0eb127380b656b98b8f1",  # quart-0.20.0-py3-none-any.whl
    ("quart", "0.21.0", "auto"): "a21377754d52ee3a9de7f9bff140dc3bb055e2eec8ac187da1789b36cf4c66ca",  # quart-0.21.0-py3-none-any.whl
    ("asgiref", "3.8.1", "auto"): "3e1e3ecc849832fe52ccf2cb6686b7a55f82bb1d6aee72a58826471390335e47",  # asgiref-3.8.1-py3-none-any.whl
    ("asgiref", "3.9.0", "auto"): "06a41250a0114d2b6f6a2cb3ab962147d355b53d1de15eebc34a9d04a7b79981",  # asgiref-3.9.0-py3-none-any.whl
    ("falcon", "3.1.3", "auto"): "23335dbccd44f29e85ec55f2f35d5a0bc12bd7a509f641ab81f5c64b65626263",  # falcon-3.1.3.tar.gz
    ("falcon", "4.0.0", "auto"): "87d294700b0b62a3c5ed1f70a61e776d7ed4c9844324e61bac4a0b9c8af4927d",  # falcon-4.0.0-py3-none-any.whl
    ("bleach", "5.0.1", "auto"): "085f7f33c15bd408dd9b17a4ad77c577db66d76203e5984b1bd59baeee948b2a",  # bleach-5.0.1-py3-none-any.whl
    ("bleach", "6.0.0", "auto"): "33c16e3353dbd13028ab4799a0f89a83f113405c766e9c122df8a06f5b85b3f4",  # bleach-6.0.0-py3-none-any.whl
    ("scikit-learn", "0.22.2.post1", "auto"): "57538d138ba54407d21e27c306735cbd42a6aae0df6a5a30c7a6edde46b0017d",  # scikit-learn-0.22.2.post1.tar.gz
    ("scikit-learn", "0.23.0", "auto"): "639a53df6273acc6a7510fb0c658b94e0c70bb13dafff9d14932c981ff9baff4",  # scikit-learn-0.23.0.tar.gz
    ("transformers", "3.0.1", "auto"): "31d291b197596aa7bd18a49cfd766bb8c6f4551a34ba855bae83bfe0f808f919",  # transformers-3.0.1-py3-none-any.whl
    ("trio", "0.21.0", "auto"): "4dc0bf9d5cc78767fc4516325b6d80cc0968705a31d0eec2ecd7cdda466265b0",  # trio-0.21.0-py3-none-any.whl
    ("trio", "0.22.0", "auto"): "f1dd0780a89bfc880c7c7994519cb53f62aacb2c25ff487001c0052bd721cdf0",  # trio-0.22.0-py3-none-any.whl
    ("kombu", "4.6.11", "auto"): "be48cdffb54a2194d93ad6533d73f69408486483d189fe9f5990ee24255b0e0a",  # kombu-4.6.11-py2.py3-none-any.whl
    ("kombu", "5.0.0", "auto"): "60a4e6feeab5a6cabb0dccdad49e9a7df0e8435f1bab1914fd7d1a1c46538373",  # kombu-5.0.0-py2.py3-none-any.whl
    ("sortedcontainers", "1.5.10", "auto"): "fa96e9920a37bde76bfdcaca919a125c1d2e581af1137e25de54ee0da7835282",  # sortedcontainers-1.5.10-py2.py3-none-any.whl
    ("sortedcontainers", "2.0.0", "auto"): "a6992ebd7f1c92e29dd776174aa0113297bc38ba94497179ffd837b637faffdd",  # sortedcontainers-2.0.0-py2.py3-none-any.whl
    ("ruamel-yaml", "0.17.40", "auto"): "b16b6c3816dff0a93dca12acf5e70afd089fa5acb80604afd1ffa8b465b7722c",  # ruamel.yaml-0.17.40-py3-none-any.whl
    ("ruamel-yaml", "0.18.0", "auto"): "d7d31553fa2ce9628d25f02f20d2fe60d02d01e326cd140f735642cd5eebb8c9",  # ruamel.yaml-0.18.0-py3-none-any.whl
    ("pyasn1", "0.4.8", "auto"): "39c7e2ec30515947ff4e87fb6f456dfc6e84857d34be479c9d4a4ba4bf46aa5d",  # pyasn1-0.4.8-py2.py3-none-any.whl
    ("pyasn1", "0.5.0", "auto"): "87a2121042a1ac9358cabcaf1d07680ff97ee6404333bacca15f76aa8ad01a57",  # pyasn1-0.5.0-py2.py3-none-any.whl
    ("tomlkit", "0.7.2", "auto"): "173ad840fa5d2aac140528ca1933c29791b79a374a0861a80347f42ec9328117",  # tomlkit-0.7.2-py2.py3-none-any.whl
    ("tomlkit", "0.8.0", "auto"): "b824e3466f1d475b2b5f1c392954c6cb7ea04d64354ff7300dc7c14257dc85db",  # tomlkit-0.8.0-py3-none-any.whl
    ("anyio", "2.2.0", "auto"): "aa3da546ed17f097ca876c78024dea380a3b7fa80759abfdda59f12176a3dac8",  # anyio-2.2.0-py3-none-any.whl
    ("anyio", "3.0.0", "auto"): "e71c3d9d72291d12056c0265d07c6bbedf92332f78573e278aeb116f24f30395",  # anyio-3.0.0-py3-none-any.whl
    ("celery", "4.4.7", "auto"): "a92e1d56e650781fb747032a3997d16236d037c8199eacd5217d1a72893bca45",  # celery-4.4.7-py2.py3-none-any.whl
    ("celery", "5.0.0", "auto"): "72138dc3887f68dc58e1a2397e477256f80f1894c69fa4337f8ed70be460375b",  # celery-5.0.0-py3-none-any.whl
    ("pytest", "7.4.4", "auto"): "b090cdf5ed60bf4c45261be03239c2c1c22df034fbffe691abe93cd80cea01d8",  # pytest-7.4.4-py3-none-any.whl
    ("pytest", "8.0.0", "auto"): "50fb9cbe836c3f20f0dfa99c565201fb75dc54c8d76373cd1bde06b06657bdb6",  # pytest-8.0.0-py3-none-any.whl
    ("elasticsearch", "7.17.9", "auto"): "0e2454645dc00517dee4c6de3863411a9c5f1955d013c5fefa29123dadc92f98",  # elasticsearch-7.17.9-py2.py3-none-any.whl
    ("elasticsearch", "8.0.0", "auto"): "ba5d9336b99e43cc4e031df4ed02e1f487ab70130fe9357ec459c8862d0a02a6",  # elasticsearch-8.0.0-py3-none-any.whl
    ("feedparser", "5.2.1", "auto"): "ce875495c90ebd74b179855449040003a1beb40cd13d5f037a0654251e260b02",  # feedparser-5.2.1.tar.bz2
    ("alembic", "1.18.3", "auto"): "12a0359bfc068a4ecbb9b3b02cf77856033abfdb59e4a5aca08b7eacd7b74ddd",  # alembic-1.18.3-py3-none-any.whl
    ("alembic", "1.18.4", "auto"): "a5ed4adcf6d8a4cb575f3d759f071b03cd6e5c7618eb796cb52497be25bfe19a",  # alembic-1.18.4-py3-none-any.whl
    ("alembic", "1.18.5", "auto"): "06d8ba9d04558022f5395e9317de03d270f3dced49cee01f89fe7a13c26f14bc",  # alembic-1.18.5-py3-none-any.whl
    ("flask-mail", "0.9.0", "auto"): "db9669d1eac783e73f06406f36bb5f71eae99b6c24e5849d76934641e3f6263e",  # Flask-Mail-0.9.0.tar.gz
    ("python-dateutil", "3.0.0", "auto"): "3c79630202e4152c6add678446984236efe4f57e84d8e892aab0637bab82e9fd",  # python_dateutil-3.0.0-py2.py3-none-any.whl
    ("python-dateutil", "4.0.0", "auto"): "a5e246f79eb80475e691bf93862cead98decd8a498cf53ba0516fcdc0f50dc1c",  # python_dateutil-4.0.0-py3-none-any.whl
    ("urllib3", "2.5.0", "auto"): "e6b01673c0fa6a13e374b50871808eb3bf7046c4b125b216f6bf1cc604cff0dc",  # urllib3-2.5.0-py3-none-any.whl
    ("urllib3", "2.6.0", "auto"): "c90f7a39f716c572c4e3e58509581ebd83f9b59cced005b7db7ad2d22b0db99f",  # urllib3-2.6.0-py3-none-any.whl
    ("urllib3", "2.7.0", "auto"): "9fb4c81ebbb1ce9531cce37674bbc6f1360472bc18ca9a553ede278ef7276897",  # urllib3-2.7.0-py3-none-any.whl
    ("urllib3", "2.8.0", "auto"): "0cf3cae568d36aa9576b28dfb35f11328f1cb974ca7647d9475ebb86c75ac6e3",  # urllib3-2.8.0-py3-none-any.whl
    # hunt 15 on popular PyPI pairs (issue 11): a pass-through whose callee the body imports itself
    ("pymysql", "0.10.1", "auto"): "44f47128dda8676e021c8d2dbb49a82be9e4ab158b9f03e897152a3a287c69ea",  # PyMySQL-0.10.1-py2.py3-none-any.whl
    ("pymysql", "1.0.0", "auto"): "1ebdce36061c61fe32d3156825768236ac19b62b23180e1667032b2c690921c7",  # PyMySQL-1.0.0-py3-none-any.whl
    # module globals bound at import time from the members of the module's own enums
    ("pillow", "9.0.1", "auto"): "6c8bc8238a7dfdaf7a75f5ec5a663f4173f8c367e5a39f87e720495e1eed75fa",  # Pillow-9.0.1.tar.gz
    ("pillow", "9.1.0", "auto"): "f401ed2bbb155e1ade150ccc63db1a4f6c1909d3d378f7d1235a44e90d75fb97",  # Pillow-9.1.0.tar.gz
    ("pillow", "9.5.0", "auto"): "bf548479d336726d7a0eceb6e767e179fbde37833ae42794602631a070d630f1",  # Pillow-9.5.0.tar.gz
    ("pillow", "10.0.0", "auto"): "9c82b5b3e043c7af0d95792d0d20ccf68f61a1fec6b3530e718b688422727396",  # Pillow-10.0.0.tar.gz
    ("dnspython", "1.16.0", "auto"): "f69c21288a962f4da86e56c4905b49d11aba7938d3d740e80d9e366ee4f1632d",  # dnspython-1.16.0-py2.py3-none-any.whl
    ("dnspython", "2.0.0", "auto"): "40bb3c24b9d4ec12500f0124288a65df232a3aa749bb0c39734b782873a2544d",  # dnspython-2.0.0-py3-none-any.whl
    # a class become a function annotated to return a class of the release
    ("async-timeout", "3.0.1", "auto"): "4291ca197d287d274d0b6cb5d6f8f8f82d434ed288f962539ff18cc9012f9ea3",  # async_timeout-3.0.1-py3-none-any.whl
    ("async-timeout", "4.0.0", "auto"): "f3303dddf6cafa748a92747ab6c2ecf60e0aeca769aee4c151adfce243a05d9b",  # async_timeout-4.0.0-py3-none-any.whl
    # a constructor assigned onto the class after its body, under an `if`
    ("decorator", "4.4.2", "auto"): "41fa54c2a0cc4ba648be4fd43cff00aedf5b9465c9bf18d64325bc225f08f760",  # decorator-4.4.2-py2.py3-none-any.whl
    ("decorator", "5.0.5", "auto"): "b7157d62ea3c2c0c57b81a05e4569853e976a3dda5dd7a1cb86be78978c3c5f8",  # decorator-5.0.5-py3-none-any.whl
    # a private deprecation helper warning a message of its own
    ("structlog", "21.5.0", "auto"): "fd7922e195262b337da85c2a91c84be94ccab1f8fd1957bd6986f6904e3761c8",  # structlog-21.5.0-py3-none-any.whl
    ("structlog", "22.1.0", "auto"): "760d37b8839bd4fe1747bed7b80f7f4de160078405f4b6a1db9270ccbfce6c30",  # structlog-22.1.0-py3-none-any.whl
    ("pyjanitor", "0.20.14", "auto"): "f1e74d1cd821a8ba82ebe6b80da920078577c286fb16e2301f5ff4e19a1dfcdd",  # pyjanitor-0.20.14-py3-none-any.whl
    ("pyjanitor", "0.21.0", "auto"): "2d8d02f52e9447ab9f6aac567b2d8fa8e26bd1d775b36660114dcc5e851ab143",  # pyjanitor-0.21.0-py3-none-any.whl
    ("pytest", "6.2.5", "auto"): "7310f8d27bc79ced999e760ca304d69f6ba6c6649c0b60fb0e04a4a77cacc134",  # pytest-6.2.5-py3-none-any.whl
    ("pytest", "7.0.0", "auto"): "42901e6bd4bd4a0e533358a86e848427a49005a3256f657c5c8f8dd35ef137a9",  # pytest-7.0.0-py3-none-any.whl
    ("semver", "2.13.0", "auto"): "ced8b23dceb22134307c1b8abfa523da14198793d9787ac838e70e29e77458d4",  # semver-2.13.0-py2.py3-none-any.whl
    ("semver", "3.0.0", "auto"): "ab4f69fb1d1ecfb5d81f96411403d7a611fa788c45d252cf5b408025df3ab6ce",  # semver-3.0.0-py3-none-any.whl
    ("python-multipart", "0.0.12", "auto"): "43dcf96cf65888a9cd3423544dd0d75ac10f7aa0c3c28a175bbcd00c9ce1aebf",  # python_multipart-0.0.12-py3-none-any.whl
    ("python-multipart", "0.0.13", "auto"): "18aafc9b0bae0ccc62309e2a03cccdb195e643b95a569a312479b2fdc385fc30",  # python_multipart-0.0.13-py3-none-any.whl
    ("gunicorn", "19.9.0", "auto"): "aa8e0b40b4157b36a5df5e599f45c9c76d6af43845ba3b3b0efe2c70473c2471",  # gunicorn-19.9.0-py2.py3-none-any.whl
    ("gunicorn", "20.0.0", "auto"): "0806b5e8a2eb8ba9ac1be65d7b743ec896fc25f5d6cb16c5e051540157b315bb",  # gunicorn-20.0.0-py2.py3-none-any.whl
    ("scikit-learn", "0.20.4", "auto"): "dfa8a3f33907614030cdfbc8b6f553dacbecaf09f922244f128af3060a137cfc",  # scikit-learn-0.20.4.tar.gz
    ("scikit-learn", "0.21.3", "auto"): "eb9b8ebf59eddd8b96366428238ab27d05a19e89c5516ce294abc35cea75d003",  # scikit-learn-0.21.3.tar.gz
    # a parameter whose passing the `else` of its omission test warns about
    ("asgiref", "3.5.2", "auto"): "1d2880b792ae8757289136f1db2b7b99100ce959b2aa57fd69dab783d05afac4",  # asgiref-3.5.2-py3-none-any.whl
    ("asgiref", "3.6.0", "auto"): "71e68008da809b957b7ee4b43dbccff33d1b23519fb8344e33f049897077afac",  # asgiref-3.6.0-py3-none-any.whl
    # one value of a parameter deprecated (`if nested == "self": warn(...)`)
    ("marshmallow", "3.2.2", "auto"): "eb97c42c5928b5720812c9268865fe863d4807bc1a8b48ddd7d5c9e1779a6af0",  # marshmallow-3.2.2-py2.py3-none-any.whl
    ("marshmallow", "3.3.0", "auto"): "3e53dd9e9358977a3929e45cdbe4a671f9eff53a7d6a23f33ed3eab8c1890d8f",  # marshmallow-3.3.0-py2.py3-none-any.whl
    # hunt17: release pairs nobody had examined (one block, appended last to ease merging)
    ("starlette", "0.44.0", "auto"): "19edeb75844c16dcd4f9dd72f22f9108c1539f3fc9c4c88885654fef64f85aea",  # starlette-0.44.0-py3-none-any.whl
    ("starlette", "0.45.0", "auto"): "c911ba0e86eed5b336931623f45e56a8c6d76c618f2749d9f5ed9ee55a5bf1bb",  # starlette-0.45.0-py3-none-any.whl
    ("anyio", "4.4.0", "auto"): "c1b2d8f46a8a812513012e1107cb0e68c17159a7a594208005a57dc776e1bdc7",  # anyio-4.4.0-py3-none-any.whl
    ("anyio", "4.5.0", "auto"): "fdeb095b7cc5a5563175eedd926ec4ae55413bb4be5770c424af0ba46ccb4a78",  # anyio-4.5.0-py3-none-any.whl
    ("pydantic", "2.10.6", "auto"): "427d664bf0b8a2b34ff5dd0f5a18df00591adcee7198fbd71981054cef37b584",  # pydantic-2.10.6-py3-none-any.whl
    ("pydantic", "2.11.0", "auto"): "d52535bb7aba33c2af820eaefd866f3322daf39319d03374921cd17fbbdf28f9",  # pydantic-2.11.0-py3-none-any.whl
    ("flask-appbuilder", "4.5.0", "auto"): "f85866bd1b25d5edd5de793c102bb14ee1ccf7623983f92e9037430fed2a269b",  # Flask_AppBuilder-4.5.0-py3-none-any.whl
    ("flask-appbuilder", "4.6.0", "auto"): "24d7b8345a256429f4dde604b2a2993ee265b19215f475ffba5bf4fe7ae8cdc3",  # Flask_AppBuilder-4.6.0-py3-none-any.whl
    ("mkdocs", "1.5.3", "auto"): "3b3a78e736b31158d64dbb2f8ba29bd46a379d0c6e324c2246c3bc3d2189cfc1",  # mkdocs-1.5.3-py3-none-any.whl
    ("mkdocs", "1.6.0", "auto"): "1eb5cb7676b7d89323e62b56235010216319217d4af5ddc543a91beb8d125ea7",  # mkdocs-1.6.0-py3-none-any.whl
    # dependents17: an ImportError handler importing the old (private) spelling after the public one, then
    # assigning the public name (`request_ctx = _request_ctx_stack.top`): never runs under Flask 2.2+ or 3.0
    ("flask-assets", "2.1.0", "auto"): "a56c476b15f84701712cc3b4b4a001ebbe62b1dcbe81c23f96fbe6f261b75324",  # Flask_Assets-2.1.0-py3-none-any.whl
    # dependents17: an unwatched extension an application pins itself (Airflow 2.5.3: flask-appbuilder==4.1.4, whose
    # ModelView.download passes send_file(attachment_filename=...), a keyword Flask 2.2.0 removed)
    ("flask-appbuilder", "4.1.4", "auto"): "682e18fab43ccec8f4aac696f090ae45326b0ee1f3ad9608896111ff8405a7a4",  # Flask_AppBuilder-4.1.4-py3-none-any.whl
    # dependents18: a removal a later release undid (Flask 2.3.0 lost `flask.Markup`, 2.3.1 restored it): archivy
    # 1.7.7 pins Flask==2.3.2 and Flask_WTF==1.1.1, whose recaptcha widgets import it: not broken through it
    ("flask", "2.3.2", "auto"): "77fd4e1249d8c9923de34907236b747ced06e5467ecac1a7bb7115ae0e9670b0",  # Flask-2.3.2-py3-none-any.whl
    ("flask-wtf", "1.1.1", "auto"): "7887d6f1ebb3e17bf648647422f0944c9a469d0fcf63e3b66fb9a83037e38b2c",  # Flask_WTF-1.1.1-py3-none-any.whl
    # usage19: an extension that imports Flask without declaring it (Flask-Markdown 0.3's PKG-INFO requires nothing;
    # its code does `from flask import Markup`, gone in Flask 2.3.0)
    ("flask-markdown", "0.3", "sdist"): "d8c3f02545b395ad525b86760ad721a2c50efa3b8e602a8d486a1f47f68c6250",  # Flask-Markdown-0.3.tar.gz
    # research19: a decorator's wrapper renaming a keyword by literal names (`kwargs["n_samples"] =
    # kwargs["n_perturb_samples"]`, warned): a parameter renamed in place, its old keyword deprecated
    ("captum", "0.3.0", "auto"): "8b3862d9e9ef93230a4dc7d03ff7150fecfaf3a535e41de9fb103d58e05228c8",  # captum-0.3.0-py3-none-any.whl
    ("captum", "0.3.1", "auto"): "efc0afe743ef5e09c0b12509898bb21a03a446bfc67a0cf5c4a0f3ef58e17d62",  # captum-0.3.1-py3-none-any.whl
    # research19: a typed decorator returning `cast(F, new_meth)` (pandas 1.4's `names_compat`) hands its wrapper back
    ("pandas", "1.3.5", "sdist"): "1e4285f5de1012de20ca46b188ccf33521bff61ba5c5ebd78b4fb28e5416a9f1",  # pandas-1.3.5.tar.gz
    ("pandas", "1.4.0", "sdist"): "cdd76254c7f0a1583bd4e4781fb450d0ebf392e10d3f12e92c95575942e37df5",  # pandas-1.4.0.tar.gz
    # research19: a keyword a public method gained passed to a private class's method so named (`bento.export(...,
    # protocol=...)`, `Bento` of a private module) is no evidence that the release calls the public one with it
    ("bentoml", "1.0.0a5", "auto"): "f049052557d5ab9354a487b899932f1d4238158dc699da344f07bc7b083e7210",  # bentoml-1.0.0a5-py3-none-any.whl
    ("bentoml", "1.0.0a6", "auto"): "b5c1430c061341f96cb06ce120f24b53967e6179e859cb09b44e2ed4259e3329",  # bentoml-1.0.0a6-py3-none-any.whl
    # research19: `for method in [...]: setattr(WebSocketHandler, method, ...)` spells the names it sets
    ("tornado", "3.2.2", "sdist"): "11592d3ed0d2c97ce2c735049e70d72243213579f48b8b28fe292594ba35b88e",  # tornado-3.2.2.tar.gz
    ("tornado", "4.0", "sdist"): "ea5a7eba713befffb428ba93f57e9e15f548632d363cdfdcb331e09d27877026",  # tornado-4.0.tar.gz
    # research19: a stub's `name: Any` (numpy 1.20's `loads: Any`) says nothing of whether the function warned
    ("numpy", "1.20.3", "sdist"): "e55185e51b18d788e49fe8305fd73ef4470596b33fc2c1ceb304566b99c71a69",  # numpy-1.20.3.zip
    ("numpy", "1.21.0", "sdist"): "e80fe25cba41c124d04c662f33f6364909b985f2eb5998aaa5ae4b9587242cce",  # numpy-1.21.0.zip
    # dependents20: flasgger's own test package requires `flasgger`, which the checkout itself provides: the published
    # flasgger 0.9.5 (`from flask import Markup`, gone in Flask 2.3.0) is no via of the flasgger repository
    ("flasgger", "0.9.7.1", "sdist"): "ca098e10bfbb12f047acc6299cc70a33851943a746e550d86e65e60d4df245fb",  # flasgger-0.9.7.1.tar.gz
    ("flasgger", "0.9.5", "auto"): "0603941cf4003626b4ee551ca87331f1d17b8eecce500ccf1a1f1d3a332fc94a",  # flasgger-0.9.5-py2.py3-none-any.whl
    # hunt20: `assert len(args) == 1` caps a `*args` (funcy 1.18's `memoize(*args, **kwargs)`)
    ("funcy", "1.18", "auto"): "00ce91afc850357a131dc54f0db2ad8a1110d5087f1fa4480d7ea3ba0249f89d",  # funcy-1.18-py2.py3-none-any.whl
    ("funcy", "2.0", "auto"): "53df23c8bb1651b12f095df764bfb057935d49537a56de211b098f4c79614bb0",  # funcy-2.0-py2.py3-none-any.whl
    # hunt20: `build_response = exe_context.build_response` then `build_response(...)` still calls the hook
    ("graphql-core", "3.1.7", "auto"): "9b460f60320be01c7f3b1766cf3e406933003008055079b9d983b8f3988f4400",  # graphql_core-3.1.7-py3-none-any.whl
    ("graphql-core", "3.2.0", "auto"): "0dda7e63676f119bb3d814621190fedad72fda07a8e9ab780bedd9f1957c6dc6",  # graphql_core-3.2.0-py3-none-any.whl
    # hunt20: `self.get("A1:B1", **kwargs)` fills `range_name` by position: no caller's `range_name=` reached it
    ("gspread", "5.12.4", "auto"): "1e453d87e0fde23bc5546e33eb684cf8b8c26540615f2f1ae004a9084a29051d",  # gspread-5.12.4-py3-none-any.whl
    ("gspread", "6.0.0", "auto"): "a2c5e512b758577b0bde8e071c69bbd820646fe87e843a26d0aed0e8b0ad0dc1",  # gspread-6.0.0-py3-none-any.whl
    # hunt20: `_old_glob = glob_module.glob` then `_old_glob(path, *args, **kwargs)` hands on to the stdlib's glob
    ("sh", "1.14.3", "auto"): "e4045b6c732d9ce75d571c79f5ac2234edd9ae4f5fa9d59b09705082bdca18c7",  # sh-1.14.3.tar.gz
    ("sh", "2.0.0", "auto"): "5ca2efaf99362428abc95154ab438c647fb5d8a1d7bf6cde139fe2afc8037793",  # sh-2.0.0-py3-none-any.whl
    # hunt20: `_super = super`; `_super(HierarchicalMachine, self).__init__(*args, **kwargs)` is a super call
    ("transitions", "0.8.11", "auto"): "9525dd9b708b0a54bb4562a06a483d237e75c94547ba9831c81c6872d0ea1522",  # transitions-0.8.11-py2.py3-none-any.whl
    ("transitions", "0.9.0", "auto"): "5687ee8c6a3200830e44f988d16b0045f53293f7a873002d7bff70852331a078",  # transitions-0.9.0-py2.py3-none-any.whl
    # hunt21: `IfRange.match = match_response = _warn_if_range_match_deprecated`, which only raises: no call worked
    ("webob", "1.7.4", "auto"): "63f4220492476c5c716b615baed7bf3d27040b3105014375787160dee0943115",  # WebOb-1.7.4-py2.py3-none-any.whl
    ("webob", "1.8.0", "auto"): "ae809c05b667c3457a2937cdb4a7c7f07e90f26c651a340d37fdd1d5cf1fed27",  # WebOb-1.8.0-py2.py3-none-any.whl
    # hunt21: `@deprecated_args(allowed_positional=0)`, a wrapper warning when `len(args) > allowed_positional`
    ("falcon", "2.0.0", "auto"): "54f2cb4b687035b2a03206dbfc538055cc48b59a953187b0458aa1b574d47b53",  # falcon-2.0.0-py2.py3-none-any.whl
    ("falcon", "3.0.0", "auto"): "8d7c3d52ae4590ddfa0b3d9c75d44ab573340a5e78d72ee687712e757ac53929",  # falcon-3.0.0.tar.gz (no pure wheel)
    # hunt21: `super(SqliteDatabase, self).__init__(database, *args, **kwargs)` hands `pragmas` on to `init`
    ("peewee", "2.10.2", "auto"): "2342067f48a779e35956a44cd547df883dda35153daa9fe994d970585aaec281",  # peewee-2.10.2.tar.gz (no wheel)
    ("peewee", "3.0.1", "auto"): "5a13ca172f18e65266a34b4c1e9cad5db083e937aecd81cfb6bdfb782efe454f",  # peewee-3.0.1.tar.gz (no wheel)
    # hunt21: `sys.modules["pkg_resources"] = object()` in openai/__init__.py puts nothing in openai's own place
    ("openai", "0.28.1", "auto"): "d18690f9e3d31eedb66b57b88c2165d760b24ea0a01f150dd3f068155088ce68",  # openai-0.28.1-py3-none-any.whl
    ("openai", "1.0.0", "auto"): "e9220abf3f0332ddfcbcef3e13f70e71459618637d2e7e87b82241aaca1147f4",  # openai-1.0.0-py3-none-any.whl
    # dependents21: bukuserver's `import flask`, then `getattr(flask.g, 'bukudb', ...)`: a module's global, no member
    ("buku", "4.9", "sdist"): "7b5371a0961c6e0d9d126a2874cb25af3394bfa8b7d441bc016c853320e3fa6c",  # buku-4.9.tar.gz
    # dependents21: `_request_ctx_stack` only in the `else:` of `parse(flask.__version__) >= parse("2.2.0")`
    ("opentelemetry-instrumentation-flask", "0.40b0", "auto"): "d5dd02aec2fefec14d6fef41d58f759d0b14631472eccccb2ba9630b6a025516",  # opentelemetry_instrumentation_flask-0.40b0-py3-none-any.whl
    # dependents21: `from flask import escape`, then `escape(...)`: Flask 2.3's deprecated alias warns at the import only
    ("flask-blogging", "1.2.2", "sdist"): "f12cd1586adb2d59f4b95aa73456ea88001d28282ace6a3c6800392b0a41677a",  # Flask-Blogging-1.2.2.tar.gz
    # hunt22: flask-dance 5.1's `class UTC(tzinfo)` only builds `utc` where `from datetime import timezone` fails
    ("flask-dance", "5.1.0", "auto"): "2a7dc56df69a145ed8130f718cfd29a6974cf95e40413a10dcaa51ad77ac1f2c",  # Flask_Dance-5.1.0-py2.py3-none-any.whl
    ("flask-dance", "6.0.0", "auto"): "afe4bd5cfa0f9dd3bee8875e6fecc6df9bdab9c8edd8508798d978eb1427d0e6",  # Flask_Dance-6.0.0-py2.py3-none-any.whl
    # dependents22: `Flask-Login>=0.2.11` and no own use of Flask: at Flask 3.0.0 the fix is Flask-Login 0.6.3, not 0.6.2
    ("pyspider", "0.3.10", "sdist"): "0148e5db79e743c8a096d260ae279e77cf4bf28736b593702ef006b9bb471cbb",  # pyspider-0.3.10.tar.gz
    # lead23: discord.py 2.0's `discord.abc.User` is a runtime-checkable Protocol its user classes satisfy unnamed
    ("discord-py", "1.7.3", "auto"): "c6f64db136de0e18e090f6752ea68bdd4ab0a61b82dfe7acecefa22d6477bb0c",  # discord.py-1.7.3-py3-none-any.whl
    ("discord-py", "2.0.0", "auto"): "18b06870bdc85d29e0d55f4a4b2abe9d7cdae2b197e23d49f82886ba27ba1aec",  # discord.py-2.0.0-py3-none-any.whl
    # lead23: celery 5.7's `__init__` imports its API only for type checkers; `local.recreate_module` serves it
    ("celery", "5.6.3", "auto"): "0808f42f80909c4d5833202360ffafb2a4f83f4d8e23e1285d926610e9a7afa6",  # celery-5.6.3-py3-none-any.whl
    ("celery", "5.7.0", "auto"): "18310a9c919f9029e4735367484d93e6a25cdfd30afdc474622cc263d9b35f6e",  # celery-5.7.0-py3-none-any.whl
    # pins23: requirements.txt declares `Flask` and pins `jinja2==3.0.3`, which Flask 2.3.0 (`Jinja2>=3.1.2`) excludes
    ("pygeoapi", "0.14.0", "sdist"): "eaf6170536bc16701a59c44ff33607e45824ca0a54180e9c36de941d4c52264b",  # pygeoapi-0.14.0.tar.gz
    # hunt24: plumbum 1.8's `class Path(str, ABC)` marks its methods `@abstractmethod`, which `str.__new__` ignores
    ("plumbum", "1.7.2", "auto"): "0bbf431e31da988405de2fb36c3226f09c0c9cdf69c8480f8997f4b94b7370a1",  # plumbum-1.7.2-py2.py3-none-any.whl
    ("plumbum", "1.8.0", "auto"): "0f6b59c8a03bfcdddd1efc04a126062663348e892ce7ddef49ec60e47b9e2c09",  # plumbum-1.8.0-py3-none-any.whl
    # hunt24: fsspec 2024.2's `DirFileSystem.pipe_file(self, path, *args, **kwargs)` hands all to `self.fs.pipe_file`
    ("fsspec", "2023.12.2", "auto"): "d800d87f72189a745fa3d6b033b9dc4a34ad069f60ca60b943a63599f5501960",  # fsspec-2023.12.2-py3-none-any.whl
    ("fsspec", "2024.2.0", "auto"): "817f969556fa5916bc682e02ca2045f96ff7f586d45110fcb76022063ad2c7d8",  # fsspec-2024.2.0-py3-none-any.whl
    # hunt24: hydra 1.1's `pytest11` entry point names `hydra.extra.pytest_plugin`, a folder no module imports any more
    ("hydra-core", "1.0.7", "auto"): "e800c6deb8309395508094851fa93bc13408f2285261eb97e626d37193b58a9f",  # hydra_core-1.0.7-py3-none-any.whl
    ("hydra-core", "1.1.0", "auto"): "22370397633af05db594d69d885ead0728039feaec1bb4f666643f811dc6d183",  # hydra_core-1.1.0-py3-none-any.whl
    # hunt24: flask-babel 2.0's `gettext(*args, **kwargs)` returns `get_domain().gettext(*args, **kwargs)` (2.0.0 above)
    ("flask-babel", "1.0.0", "auto"): "247f4ec34cf605d03781f480bccb1a5acb719df1d1a2a743c091ab3db5d5fde2",  # Flask_Babel-1.0.0-py3-none-any.whl
    # hunt24: pylint 2.8's `builtins = builtins.__dict__.copy()` sent the resolver round in circles (pylint 3.0's history)
    ("pylint", "2.8.2", "auto"): "f7e2072654a6b6afdf5e2fb38147d3e2d2d43c89f648637baab63e026481279b",  # pylint-2.8.2-py3-none-any.whl
    # hunt23: nbformat 5.0's `validate(nbdict=None, ..., nbjson=None)` sets `nbdict = nbjson`: the slot kept its meaning
    ("nbformat", "4.4.0", "auto"): "b9a0dbdbd45bb034f4f8893cafd6f652ea08c8c1674ba83f2dc55d3955743b0b",  # nbformat-4.4.0-py2.py3-none-any.whl
    ("nbformat", "5.0.2", "auto"): "1af16f631fdfcd764067497392fedb34c8db808ea34c947474ff1f83415f4100",  # nbformat-5.0.2-py3-none-any.whl
    # hunt23: traitlets 5.0's `_add_all()` appends every public TraitType subclass of `globals()` to `__all__`
    ("traitlets", "4.3.3", "auto"): "70b4c6a1d9019d7b4f6846832288f86998aa3b9207c6821f3578a6a6a467fe44",  # traitlets-4.3.3-py2.py3-none-any.whl
    ("traitlets", "5.0.0", "auto"): "62a037f12ccb823fb05823afbe35fe0273bc18fa3202d0cf0ea8f24e97e464be",  # traitlets-5.0.0-py3-none-any.whl
    # hunt23: PyPDF2 3.0's deprecated methods open with `deprecation_with_replacement(...)`, which raises, then return
    ("pypdf2", "2.12.1", "auto"): "41ff16ee122bad9790d57a4235281a838002d7f1cc8d631d91b6f65d709bd825",  # pypdf2-2.12.1-py3-none-any.whl
    ("pypdf2", "3.0.0", "auto"): "6758cf78e913ea4bb49facbc85fb6ae78c91f1991367632a07299c9505c18714",  # pypdf2-3.0.0-py3-none-any.whl
    # hunt23: graphene 3.0's `ObjectTypeMeta.__new__` gives each ObjectType a dataclass `__init__` of its fields
    ("graphene", "2.1.9", "auto"): "3d446eb1237c551052bc31155cf1a3a607053e4f58c9172b83a1b597beaa0868",  # graphene-2.1.9-py2.py3-none-any.whl
    ("graphene", "3.0", "auto"): "57ce5ee7c9dc194224a1df96e4f7cb48d31eae96c791091d059f8f3d4d131390",  # graphene-3.0-py2.py3-none-any.whl
    # hunt23: hvac's `Client.__getattr__` hands the name to a helper answering only the keys of DEPRECATED_PROPERTIES
    ("hvac", "0.11.2", "auto"): "3e8a34804b1e20954a2b4991cc13ed9c09b32e50dadd9d3438224481150f6568",  # hvac-0.11.2-py2.py3-none-any.whl
    ("hvac", "1.0.0", "auto"): "2decbaf9355493e661338a825ebe8be6e19f93a8ccfcc5f86a10adfad4bfead6",  # hvac-1.0.0-py3-none-any.whl
    # recall23: documented breaks of releases read against their changelogs
    # pypa's `build` 1.0.0 ("Modified ProjectBuilder constructor signature ... replacing env.IsolatedEnvBuilder"):
    # its package folder `build/` was skipped as a build-output folder, so nothing was diffed
    ("build", "0.10.0", "auto"): "af266720050a66c893a6096a2f410989eeac74ff9a68ba194b3f6473e8e26171",  # build-0.10.0-py3-none-any.whl
    ("build", "1.0.0", "auto"): "f4c7b45e70e2c345e673902253d435a9a7729ff09ab574924420cf120c60bcc9",  # build-1.0.0-py3-none-any.whl
    # jedi 0.18 ("Dropped Python 2") calls shutil.which for its Python 2 backport, which read PATH and PATHEXT itself
    ("jedi", "0.17.2", "auto"): "98cc583fa0f2f8304968199b01b6b4b94f469a1f4a74c1560506ca2a211378b5",  # jedi-0.17.2-py2.py3-none-any.whl
    ("jedi", "0.18.0", "auto"): "18456d83f65f400ab0c2d3319e48520420ef43b23a086fdc05dff34132f0fb93",  # jedi-0.18.0-py2.py3-none-any.whl
    # pyfakefs 5.0 ("the old-style API deprecated since version 3.4 has now been removed"): 4.7 gave it with
    # `Deprecator.add(FakeFile, FakeFile.set_contents, 'SetContents')`, a helper calling setattr on its parameters
    ("pyfakefs", "4.7.0", "auto"): "29203a7482b25406dd3ea41c8740be2697c6058b0f6577485c3ae9cd4c5e96cd",  # pyfakefs-4.7.0-py3-none-any.whl
    ("pyfakefs", "5.0.0", "auto"): "e1b01954978fe2d9a4d75f079359d7f8d3af3bb12ff2dc8633a4cc0a0dc7fbda",  # pyfakefs-5.0.0-py3-none-any.whl
    # hunt25: refactor-heavy releases of libraries nobody had read
    # blessed 1.21 dropped six: `class Sequence(six.text_type)` became `class Sequence(TextType)`, both `str`
    ("blessed", "1.20.0", "auto"): "0c542922586a265e699188e52d5f5ac5ec0dd517e5a1041d90d2bbf23f906058",  # blessed-1.20.0-py2.py3-none-any.whl
    ("blessed", "1.21.0", "auto"): "f831e847396f5a2eac6c106f4dfadedf46c4f804733574b15fe86d2ed45a9588",  # blessed-1.21.0-py2.py3-none-any.whl
    # langchain-core 1.0: `BaseMessage.text` a property returning a callable `TextAccessor`; `ContextThreadPoolExecutor.map`
    # hands `**kwargs` to `ThreadPoolExecutor.map`, which is `Executor`'s
    ("langchain-core", "0.3.79", "auto"): "92045bfda3e741f8018e1356f83be203ec601561c6a7becfefe85be5ddc58fdb",  # langchain_core-0.3.79-py3-none-any.whl
    ("langchain-core", "1.0.0", "auto"): "a94561bf75dd097c7d6e3864950f28dadc963f0bd810114de4095f41f634059b",  # langchain_core-1.0.0-py3-none-any.whl
    # aio-pika 9.0's `RobustConnection` connects through `Connection.connect(self, timeout)`
    ("aio-pika", "8.3.0", "auto"): "36c4742449f1cbcb83165b3733b090cf88f3d2f7f027225eedb8c7f300b05dde",  # aio_pika-8.3.0-py3-none-any.whl
    ("aio-pika", "9.0.0", "auto"): "2068798c0436365eed021d1450de90500782784c3ebb0758b20d4da53d1b6583",  # aio_pika-9.0.0-py3-none-any.whl
    # google-cloud-storage 3.0 ("removed num_retries argument from upload methods") decorated every public method with
    # `@create_trace_span(name=...)`, a `@contextmanager` generator
    ("google-cloud-storage", "2.19.0", "auto"): "aeb971b5c29cf8ab98445082cbfe7b161a1f48ed275822f59ed3f1524ea54fba",  # google_cloud_storage-2.19.0-py2.py3-none-any.whl
    ("google-cloud-storage", "3.0.0", "auto"): "f85fd059650d2dbb0ac158a9a6b304b66143b35ed2419afec2905ca522eb2c6a",  # google_cloud_storage-3.0.0-py2.py3-none-any.whl
    # textual 1.0's `Input` derives from `ScrollView`/`ScrollableContainer`, whose `__init__` sets `self.can_focus`
    ("textual", "0.89.1", "auto"): "0a5d214df6e951b4a2c421e13d0b608482882471c1e34ea74a3631adede8054f",  # textual-0.89.1-py3-none-any.whl
    ("textual", "1.0.0", "auto"): "2d4a701781c05104925e463ae370c630567c70c2880e92ab838052e3e23c986f",  # textual-1.0.0-py3-none-any.whl
    # markdown2 2.5 moved its extras into classes that call their `Markdown` as `self.md._uniform_indent(...)`
    ("markdown2", "2.4.13", "auto"): "855bde5cbcceb9beda7c80efdf7f406c23e6079172c497fcfce22fdce998e892",  # markdown2-2.4.13-py2.py3-none-any.whl
    ("markdown2", "2.5.0", "auto"): "300d4429b620ebc974ef512339a9e08bc080473f95135a91f33906e24e8280c1",  # markdown2-2.5.0-py2.py3-none-any.whl
    # recall25: documented breaks of releases read against their changelogs
    # sqlite-utils 3.0 ("table.search() now returns a generator over dicts"): 2.23 returned `cursor.fetchall()`
    ("sqlite-utils", "2.23", "auto"): "bb33cfe8d97f5d350b259985220de5fadc412186bfee6c8eb1e233d86dd50d8c",  # sqlite_utils-2.23-py3-none-any.whl
    ("sqlite-utils", "3.0", "auto"): "8f041e8d22aa418846b65658f90406bde20a7f367d519200b50f9c786616658c",  # sqlite_utils-3.0-py3-none-any.whl
    # importlib-metadata 5.0 ("Removed compatibility shims for deprecated entry point interfaces"): `entry_points()`
    # no longer returns the dict `SelectableGroups`, a class 5.0 removed, which its return annotation named
    ("importlib-metadata", "4.13.0", "auto"): "8a8a81bcf996e74fee46f0d16bd3eaa382a7eb20fd82445c3ad11f4090334116",  # importlib_metadata-4.13.0-py3-none-any.whl
    ("importlib-metadata", "5.0.0", "auto"): "ddb0e35065e8938f867ed4928d0ae5bf2a53b7773871bfe6bcc7e4fcdc7dea43",  # importlib_metadata-5.0.0-py3-none-any.whl
    # (more-itertools 9.1.0/10.0.0, pinned above: "batched and matmul now yield tuples instead of lists")
    # tinydb 4.0 ("Table.purge() has been renamed to Table.truncate()", "write_back/process_elements removed"): the
    # class moved to tinydb/table.py and tinydb/database.py imports it back, so its lost members were never compared
    ("tinydb", "3.15.2", "auto"): "1087ade5300c47dbf9539d9f6dafd53115bd5e85a67d480d8188bdbfa2d9eaf4",  # tinydb-3.15.2-py2.py3-none-any.whl
    ("tinydb", "4.1.1", "auto"): "68eb9d1b32931ea657319c7dff70c0d735fc10ecbde29c824a2a5e1333b8ed49",  # tinydb-4.1.1-py3-none-any.whl
    # recall26 — tinydb 4.0 ("purge_tables() renamed drop_tables()", "DEFAULT_TABLE... renamed"): `TinyDB.__getattr__`
    # hands every other name to the `Table` its `table()` returns; uses the tinydb 3.15.2 / 4.1.1 pins of recall25 above
    # validators 0.21 (`email(value, whitelist=None)` -> `email(value, /, *, ...)`, `between(min, max)` ->
    # `min_val`, `max_val`): 0.20's `@validator` returns `decorator(wrapper, func)`, the `decorator` package's
    # signature-keeping wrapper, so the old signatures were unknown (0.20.0 ships an sdist only, 30 kB)
    ("validators", "0.20.0", "auto"): "24148ce4e64100a2d5e267233e23e7afeb55316b47d30faae7eb6e7292bc226a",  # validators-0.20.0.tar.gz
    ("validators", "0.21.0", "auto"): "3470db6f2384c49727ee319afa2e97aec3f8fad736faa6067e0fd7f9eaf2c551",  # validators-0.21.0-py3-none-any.whl
    # marshmallow-sqlalchemy 0.22 ("ModelSchema and TableSchema are deprecated"): the warning is in the metaclasses'
    # `__init__`, which runs for every class deriving from them
    ("marshmallow-sqlalchemy", "0.21.0", "auto"): "0d72beaf777f8b420c4dc94684252ae0e0a79556ccc4128129d2588f9ff72888",  # marshmallow_sqlalchemy-0.21.0-py2.py3-none-any.whl
    ("marshmallow-sqlalchemy", "0.22.0", "auto"): "fbf44879bb0390a31a3582ee60bc8faeccea50c640ea262c68f82038e8f00f88",  # marshmallow_sqlalchemy-0.22.0-py2.py3-none-any.whl
    # hunt26: refactor-heavy releases of 2024-2026
    # daphne 4.2.0 no longer ships its Twisted plugin `twisted/plugins/fd_endpoint.py`: `twisted` stays Twisted's
    ("daphne", "4.1.2", "auto"): "618d1322bb4d875342b99dd2a10da2d9aae7ee3645f765965fdc1e658ea5290a",  # daphne-4.1.2-py3-none-any.whl
    ("daphne", "4.2.0", "auto"): "ccc7a476c498272237e27758a02aff11c76ab777c4e20b9b6c141729db599d5d",  # daphne-4.2.0-py3-none-any.whl
    # starlette-context 0.4.0 spells out the `app` its 0.3.6 `*args, **kwargs` handed to starlette's BaseHTTPMiddleware
    ("starlette-context", "0.3.6", "auto"): "b14ce373fbb6895a2182a7104b9f63ba20c8db83444005fb9a844dd77ad9895c",  # starlette_context-0.3.6-py3-none-any.whl
    ("starlette-context", "0.4.0", "auto"): "dbcc11006587f901edd3d0a989a69a628fccf9d00c1ca3c28fab23ab88bd0093",  # starlette_context-0.4.0-py3-none-any.whl
    # cyclopts 3.0.0 dropped `Group(converter=)` and made `sort_key` keyword-only: `from attrs import define` classes
    ("cyclopts", "2.9.9", "auto"): "d0ce956c70f3070e5bc16824ecb5ebba155be45ef4aadbb78ac4753dd99367e3",  # cyclopts-2.9.9-py3-none-any.whl
    ("cyclopts", "3.0.0", "auto"): "d780f08218c7e51ee897ae3adfaf7664508c471f444ec664090df77aad4218f1",  # cyclopts-3.0.0-py3-none-any.whl
    # beanie 2.0.0 renamed `Document.get_motor_collection`; `Document` derives from lazy-model's `LazyModel`, bound to
    # its pydantic-1 or pydantic-2 class by an if/elif on pydantic's version
    ("beanie", "1.30.0", "auto"): "385f1b850b36a19dd221aeb83e838c83ec6b47bbf6aeac4e5bf8b8d40bfcfe51",  # beanie-1.30.0-py3-none-any.whl
    ("beanie", "2.0.0", "auto"): "0d5c0e0de09f2a316c74d17bbba1ceb68ebcbfd3046ae5be69038b2023682372",  # beanie-2.0.0-py3-none-any.whl
    ("lazy-model", "0.3.0", "auto"): "67c112cad3fbc1816d32c070bf3b3ac1f48aefeb4e46e9eb70e12acc92c6859d",  # lazy_model-0.3.0-py3-none-any.whl
    # recall27 — documented breaking changes read against changelogs (recall), and the false claims met on the way
    # factory_boy 3.0 ("from factory import DjangoModelFactory" alias removed, `attributes()`/`declarations()` dropped):
    # `Factory(BaseFactory, metaclass=FactoryMetaClass)`, whose `__call__` returns `cls.build(...)`, never reaching
    # the `BaseFactory.__new__` that raises (3.0.0/3.0.1 ship sdists only: 3.1.0's wheel)
    ("factory-boy", "2.12.0", "auto"): "728df59b372c9588b83153facf26d3d28947fc750e8e3c95cefa9bed0e6394ee",  # factory_boy-2.12.0-py2.py3-none-any.whl
    ("factory-boy", "3.1.0", "auto"): "d8626622550c8ba31392f9e19fdbcef9f139cf1ad643c5923f20490a7b3e2e3d",  # factory_boy-3.1.0-py2.py3-none-any.whl
    # responses 0.20 ("Deprecate `responses.assert_all_requests_are_fired`, `responses.passthru_prefixes`,
    # `responses.target`"): its module `__getattr__` returns `globals()[f"_deprecated_{name}"]`, a read that made
    # its `__init__.pyi` stub be read instead of the source (0.19 and 0.21 have no such read)
    ("responses", "0.19.0", "auto"): "53354b5de163aa2074312c71d8ebccb8bd1ab336cff7053abb75e84dc5637abe",  # responses-0.19.0-py3-none-any.whl
    ("responses", "0.20.0", "auto"): "18831bc2d72443b67664d98038374a6fa1f27eaaff4dd9a7d7613723416fea3c",  # responses-0.20.0-py3-none-any.whl
    ("responses", "0.21.0", "auto"): "2dcc863ba63963c0c3d9ee3fa9507cbe36b7d7b0fccb4f0bdfd9e96c539b1487",  # responses-0.21.0-py3-none-any.whl
    # hunt27: refactor-heavy releases of 2024-2026
    # jsonargparse 4.50.0 renamed parameters under `@renamed_parameter_warning({"cfg": "namespace"})`, whose wrapper
    # still takes the old keywords
    ("jsonargparse", "4.49.0", "auto"): "2025880765fd792f6fb9861aa93f26da5f6c350be5d7656321369b22b0d2538e",  # jsonargparse-4.49.0-py3-none-any.whl
    ("jsonargparse", "4.50.0", "auto"): "b066f0d716767c77b9af58d7e9bb433c42135bd3ea2a4f12e04d6152f4cdf91f",  # jsonargparse-4.50.0-py3-none-any.whl
    # luigi 3.8.0's `S3CopyToTable.copy` calls `self._credentials()` on the line closing its multi-line SQL string
    ("luigi", "3.7.3", "auto"): "f6aaac2417e28a833d30e6b1cd03fe53b2254024dd861fa104ab342cc4f3b843",  # luigi-3.7.3-py3-none-any.whl
    ("luigi", "3.8.0", "auto"): "647aac84c4439e4d0578ea8ba0013b4d739a2c2897b9fe8e78dba8d3ecf25766",  # luigi-3.8.0-py3-none-any.whl
    # diskcache 4.1.0 bound its Python 2 shims under `if sys.hexversion < 0x03000000:`; 5.0.0 dropped them
    ("diskcache", "4.1.0", "auto"): "69b253a6ffe95bb4bafb483b97c24fca3c2c6c47b82e92b36486969a7e80d47d",  # diskcache-4.1.0-py2.py3-none-any.whl
    ("diskcache", "5.0.0", "auto"): "0d1ca2889a5fced796d183819609720ce96c5de1268b12887a80608859164a19",  # diskcache-5.0.0-py2.py3-none-any.whl
    # lead28: a constructor handing `self` to a module function that sets its attributes
    # fastapi 0.137.0's `APIRoute.__init__` calls `_populate_api_route_state(cast(_APIRouteLike, self), ...)`
    ("fastapi", "0.136.3", "auto"): "3d2a69bdf04b7e9f3afa292c3bc7a98816bbfafa10bc9b45f3f3700d2f761620",  # fastapi-0.136.3-py3-none-any.whl
    ("fastapi", "0.137.0", "auto"): "6dcbde8d464f92117c1accb9e42720f8e423fa9b86cb563b1f5862f785a06498",  # fastapi-0.137.0-py3-none-any.whl
    ("starlette", "1.10.0", "auto"): "478c0ab3b4ced6e82719849c118fa406f0278a3499c1a898cd15cd31bdc38ce4",  # starlette-1.10.0-py3-none-any.whl
    # virtualenv 21.0.0 moved interpreter discovery (and its reads of PATHEXT, XDG_DATA_HOME...) into python-discovery
    ("virtualenv", "20.39.1", "auto"): "a00332e0b089ba64edefbf94ef34e6db33f45fe5184df0652cf0b754dcd36190",  # virtualenv-20.39.1-py3-none-any.whl
    ("virtualenv", "21.0.0", "auto"): "d44e70637402c7f4b10f48491c02a6397a3a187152a70cba0b6bc7642d69fb05",  # virtualenv-21.0.0-py3-none-any.whl
    ("python-discovery", "1.0.0", "auto"): "7cd9eaf3b1845875e22084f92d0ec2e309be2a3f839a9eb52980d647b72bd891",  # python_discovery-1.0.0-py3-none-any.whl
    # nox 2026.8.10 names each option's variable in a keyword argument, `opt(..., env_var="NOXSESSION",)`
    # nox 2025.2.9's `Manifest.next` returns `next(self)`, which calls `__next__` as `self.__next__()` did
    ("nox", "2024.10.9", "auto"): "1d36f309a0a2a853e9bccb76bbef6bb118ba92fa92674d15604ca99adeb29eab",  # nox-2024.10.9-py3-none-any.whl
    ("nox", "2025.2.9", "auto"): "7d1e92d1918c6980d70aee9cf1c1d19d16faa71c4afe338fffd39e8a460e2067",  # nox-2025.2.9-py3-none-any.whl
    ("nox", "2026.7.11", "auto"): "f5e811693ee8374d269396204eb39990d2084da67ed968239f94301805c9a169",  # nox-2026.7.11-py3-none-any.whl
    ("nox", "2026.8.10", "auto"): "943f1ebcace1efb35d91ad2034007df1942d2a1bed75fb33e1bf0ed5a0df1cdb",  # nox-2026.8.10-py3-none-any.whl
    # recall28 — documented breaking changes read against changelogs (recall)
    # hypothesis 6.0 ("Many functions now use PEP 3102 keyword-only arguments where passing positional arguments was
    # deprecated since 5.5"): 5.x's `@deprecated_posargs` let positional arguments fill the keyword-only parameters
    ("hypothesis", "5.49.0", "auto"): "e91111f2f01abf2566041c4c86366aa7f08bfd5b3d858cc77a545fcf67df335e",  # hypothesis-5.49.0-py3-none-any.whl
    ("hypothesis", "6.0.0", "auto"): "f1165dce9e430e94d46aa35077b855bbec8b77212ca1f7f3bbe34ba252262832",  # hypothesis-6.0.0-py3-none-any.whl
    # prettytable 3.12 (deprecated the `ALL`, `FRAME`, `MARKDOWN`... constants for the `HRuleStyle`, `VRuleStyle`,
    # `TableStyle` enums): kept as `_DEPRECATED_ALL`..., served by `__getattr__` through `_warn_deprecation(name,
    # module_globals=globals())`, which looks up `f"_DEPRECATED_{name}"` and warns
    ("prettytable", "3.11.0", "auto"): "aa17083feb6c71da11a68b2c213b04675c4af4ce9c541762632ca3f2cb3546dd",  # prettytable-3.11.0-py3-none-any.whl
    ("prettytable", "3.12.0", "auto"): "77ca0ad1c435b6e363d7e8623d7cc4fcf2cf15513bf77a1c1b2e814930ac57cc",  # prettytable-3.12.0-py3-none-any.whl
    # lead29: a None default the body dereferences at once, behind an `import` (oauthlib 3.2's `raise_from_error`)
    ("oauthlib", "3.2.2", "auto"): "8139f29aac13e25d502680e9e19963e83f16838d48a0d71c287fe40e7067fbca",  # oauthlib-3.2.2-py3-none-any.whl
    ("oauthlib", "3.3.0", "auto"): "a2b3a0a2a4ec2feb4b9110f56674a39b2cc2f23e14713f4ed20441dfba14e934",  # oauthlib-3.3.0-py3-none-any.whl
    # lead29: a class whose `__init_subclass__` always raises has no subclass a hook claim could concern (yarl's `URL`)
    ("yarl", "1.18.3", "auto"): "b57f4f58099328dfb26c6a771d09fb20dbbae81d20cfb66141251ea063bd101b",  # yarl-1.18.3-py3-none-any.whl
    ("yarl", "1.19.0", "auto"): "a727101eb27f66727576630d02985d8a065d09cd0b5fcbe38a5793f71b2a97ef",  # yarl-1.19.0-py3-none-any.whl
    # lead29: a name bound only under `sys.version_info.minor == 7`, which no supported Python runs (google-auth 2.45)
    ("google-auth", "2.45.0", "auto"): "82344e86dc00410ef5382d99be677c6043d72e502b625aa4f4afa0bdacca0f36",  # google_auth-2.45.0-py2.py3-none-any.whl
    ("google-auth", "2.47.0", "auto"): "c516d68336bfde7cf0da26aab674a36fedcf04b37ac4edd59c597178760c3498",  # google_auth-2.47.0-py3-none-any.whl
    # lead29: `from . import croniter as cron_m` in the package's own `__init__` binds the submodule, not the class
    ("croniter", "6.0.0", "auto"): "2f878c3856f17896979b2a4379ba1f09c83e374931ea15cc835c5dd2eee9b368",  # croniter-6.0.0-py2.py3-none-any.whl
    ("croniter", "6.1.0", "auto"): "2f7cdf3c43dbe03b31feb518979b4371dd0dd50b2d7cef8f8e2ff92393ce36dc",  # croniter-6.1.0-py3-none-any.whl
    # lead29: a name bound from `typing` or `typing_extensions` depending on the Python, re-exported (inflect 7.5)
    ("inflect", "7.5.0", "auto"): "2aea70e5e70c35d8350b8097396ec155ffd68def678c7ff97f51aa69c1d92344",  # inflect-7.5.0-py3-none-any.whl
    ("inflect", "7.6.0", "auto"): "9fefad5c0c174d8a38f8c33d3033817e38fca8475f7f226c62efc39d46c83e8a",  # inflect-7.6.0-py3-none-any.whl
    # lead29: `__iter__` turned from a generator into `return self` beside `__next__` (psycopg 3.3's cursors)
    ("psycopg", "3.2.13", "auto"): "a481374514f2da627157f767a9336705ebefe93ea7a0522a6cbacba165da179a",  # psycopg-3.2.13-py3-none-any.whl
    ("psycopg", "3.3.0", "auto"): "c9f070afeda682f6364f86cd77145f43feaf60648b2ce1f6e883e594d04cbea8",  # psycopg-3.3.0-py3-none-any.whl
    # hunt29: false claims on releases nobody tuned on
    # gql 4.0.0's `PhoenixChannelWebsocketsTransport.__init__` pops `headers`, `ssl`, `connect_args` out of `**kwargs`
    # through a loop variable (`for ws_arg in [...]: kwargs.pop(ws_arg)`) for its adapter
    ("gql", "3.5.3", "auto"): "e1fcbde2893fcafdd28114ece87ff47f1cc339a31db271fc4e1d528f5a1d4fbc",  # gql-3.5.3-py2.py3-none-any.whl
    ("gql", "4.0.0", "auto"): "f3beed7c531218eb24d97cb7df031b4a84fdb462f4a2beb86e2633d395937479",  # gql-4.0.0-py3-none-any.whl
    # portalocker 4.0.0's `TemporaryFileLock.acquire` calls `self._acquire_verified(self, ...)`, a staticmethod whose
    # `lock._timeout_generator(...)` and `Lock.acquire(lock, ...)` still call the hooks `Lock.acquire` called
    ("portalocker", "3.2.0", "auto"): "3cdc5f565312224bc570c49337bd21428bba0ef363bbcf58b9ef4a9f11779968",  # portalocker-3.2.0-py3-none-any.whl
    ("portalocker", "4.0.0", "auto"): "b7556ed1538292daefd801873f637e05e592dfc0be3e7a9352f7403b8df5941d",  # portalocker-4.0.0-py3-none-any.whl
    # fpdf2 2.8.2 calls `PageLabelStyle.coerce(label_style, case_sensitive=True)` through the class: no override of
    # `XPos.coerce` (a sibling enum's) is reached by it
    ("fpdf2", "2.8.1", "auto"): "02f9e81ea5a0ec723c467de392bc6f4c54ea7859857e6fcee46579bd02bd335f",  # fpdf2-2.8.1-py2.py3-none-any.whl
    ("fpdf2", "2.8.2", "auto"): "951e26290d0fc6ab4582b0d0bbacb64716fecef0f2b9223f9178c90ec4321af7",  # fpdf2-2.8.2-py2.py3-none-any.whl
    # huey 3.5.0's `CancelExecution(msg=None, retry=None)` dropped `**kwargs`, which 3.4 handed only to
    # `Exception.__init__` (no keyword ever bound)
    ("huey", "3.4.0", "auto"): "d0580762397744026f83baae5f2b97a62474a62b8565ac75bbafefe72f9c784f",  # huey-3.4.0-py3-none-any.whl
    ("huey", "3.5.0", "auto"): "bd91446b1ecfe342e9fed82527949125b5af78085b3390180be458811fdea4d3",  # huey-3.5.0-py3-none-any.whl
    # leftover29: false claims and misses left over from lost work
    # luigi 3.6.0's `EnumParameter(*args, **kwargs)` opened with `if 'enum' not in kwargs: raise` and
    # `kwargs.pop('enum')`: required; 3.7.1's `enum=None` is refused at None just the same
    ("luigi", "3.6.0", "auto"): "41b14850223c619d9006b30acda733e756b883fc7e60814205576647190c96e3",  # luigi-3.6.0.tar.gz
    ("luigi", "3.7.1", "auto"): "0ae4597bc93d4dc36b41b94b9fee68b5ba1004c2fd0b6971a9a5d8d19ec01b83",  # luigi-3.7.1-py3-none-any.whl
    # jsonargparse 4.49.0's `ActionJsonSchema(..., **kwargs)` hands `kwargs` to a helper popping the renamed
    # `enable_path`; its `ArgumentParser` binds `add_class_arguments = SignatureArguments.add_class_arguments`
    ("jsonargparse", "4.48.0", "auto"): "c6a92fd71eb256437371750bb11f436b9c3294da2535f1b0406346816f04be16",  # jsonargparse-4.48.0-py3-none-any.whl
    # virtualenv 21.14.9 reads VIRTUALENV_PERIODIC_UPDATE_INSECURE as `get_env_var("periodic_update_insecure", ...,
    # os.environ)`, a helper looking up `env.get(f"VIRTUALENV_{key.upper()}")`; 21.14.8 made `make_app_data(folder,
    # **kwargs)` pop `read_only` and `env` without a default
    ("virtualenv", "21.14.8", "auto"): "d2a347fdbc1a65e33c2c5e84dc767b4a3538a25749536a752744d4fe1f71c37a",  # virtualenv-21.14.8-py3-none-any.whl
    ("virtualenv", "21.14.9", "auto"): "ac51744da66ae56ff814b087d65096c94de698ec520adc624b108b679655809b",  # virtualenv-21.14.9-py3-none-any.whl
    # django-extensions 4.0's mixin `formfield_for_dbfield(self, db_field, request, **kwargs)` hands `request` to
    # `super()`, where 3.2.3's `**kwargs` carried it to django's `ModelAdmin`, which requires it
    ("django-extensions", "3.2.3", "auto"): "9600b7562f79a92cbf1fde6403c04fee314608fefbb595502e34383ae8203401",  # django_extensions-3.2.3-py3-none-any.whl
    ("django-extensions", "4.0", "auto"): "212210eee6b82c998ddf37ed0a9f7f1a539219c211f8c5f07ca71afb36e31460",  # django_extensions-4.0-py3-none-any.whl
    # rich-click 1.6.1's `group(*args, cls=RichGroup, **kwargs)` and `RichCommand.main(self, *args, ...)` handed their
    # `*args` to click's `group(name=None, cls=None, **attrs)` and `Command.main(args=None, ...)`, which 1.7.0 spells
    ("rich-click", "1.6.1", "auto"): "0fcf4d1a09029d79322dd814ab0b2e66ac183633037561881d45abae8a161d95",  # rich_click-1.6.1-py3-none-any.whl
    ("rich-click", "1.7.0", "auto"): "093f50400135bad749a00c4cc0cfa4591b3c58a9438685abfa7314ee7b63d3bc",  # rich_click-1.7.0-py3-none-any.whl
    ("click", "8.1.7", "auto"): "ae74fb96c20a0277a1d615f1e4d73c8414f5a98db8b799a7931d1582f3390c28",  # click-8.1.7-py3-none-any.whl
    # jsonargparse 4.45.0's `ActionParser(parser=None)` refused None at once: `self._parser = parser`, then
    # `if not isinstance(self._parser, import_object(...)): raise ValueError(...)`; 4.46.0 spells it required
    ("jsonargparse", "4.45.0", "auto"): "008211ef73065493e5526d2fd1d10ad5bf24801d6c95a55dfd94984a7dcd4f09",  # jsonargparse-4.45.0-py3-none-any.whl
    ("jsonargparse", "4.46.0", "auto"): "1f218fc2af1190c6425860e40af2003c8ca1f59e10d656fc67bbc32380a25ec3",  # jsonargparse-4.46.0-py3-none-any.whl
    # jsonargparse 4.44.0's `dump(..., with_comments=False, ...)` sets `with_comments = deprecated_yaml_comments(kwargs,
    # with_comments)`, a helper popping the old `yaml_comments` keyword of the same slot
    ("jsonargparse", "4.43.0", "auto"): "9b0d427277ddf87fd6b7160fe83e83dc4418b0fe71b649b0586e7c56effa49f1",  # jsonargparse-4.43.0-py3-none-any.whl
    ("jsonargparse", "4.44.0", "auto"): "7243fd177c29d46a56b4fdf677e3b83acc71fac1ca3710d2954882f220d09741",  # jsonargparse-4.44.0-py3-none-any.whl
    # recall30: documented breaking changes read against changelogs (recall), and the false claims met on the way
    # bidict 0.22's `__init__(self, *args, **kw)` and `update(*args, **kw)` hand `get_arg(*args)` their `*args`,
    # which refuses more than one; 0.23's `(arg=(), /, **kw)` removes nothing
    ("bidict", "0.22.1", "auto"): "6ef212238eb884b664f28da76f33f1d28b260f665fc737b413b287d5487d1e7b",  # bidict-0.22.1-py3-none-any.whl
    ("bidict", "0.23.0", "auto"): "f5154a0e42926b122f9b2cb06aeeb9af317f626eb864bd34c1b9cdc5eca8b040",  # bidict-0.23.0-py3-none-any.whl
    # ftfy 6.0's `fix_text(text, config=None, **kwargs)` hands `**kwargs` to `config._replace(**kwargs)`, a named
    # tuple's copy taking its fields: 5.9's keywords still work, but for `fix_entities` and `remove_bom`
    ("ftfy", "5.9", "auto"): "8c4fb2863c0b82eae2ab3cf353d9ade268dfbde863d322f78d6a9fd5cefb31e9",  # ftfy-5.9.tar.gz
    ("ftfy", "6.0", "auto"): "4d7445f7c05d4ad3751147094da400dcf1f7a9c93844f5ed168bbcf17e4598ca",  # ftfy-6.0.tar.gz
    # punq 0.6 kept `MissingDependencyException`... as "Deprecated alias for MissingDependencyError." (docstring
    # only), the new `...Error` classes deriving from them
    ("punq", "0.5", "auto"): "bb884bdcb0231e5e59b36db0dda8c7f606bba113566b6b0b27659967685f42de",  # punq-0.5.tar.gz
    ("punq", "0.6.0", "auto"): "c161b94be1c6d4661cba0c95a282a9699dfdc84582beb86b89fb1dc1a106bc4e",  # punq-0.6.0-py3-none-any.whl
    # msgpack 1.0 (documented: "Remove encoding option from the Packer and Unpacker") binds `Packer`, `unpackb` and
    # `Unpacker` from the compiled `_cmsgpack`, else from the readable `fallback`
    ("msgpack", "0.6.2", "auto"): "ea3c2f859346fcd55fc46e96885301d9c2f7a36d453f5d8f2967840efa1e1830",  # msgpack-0.6.2.tar.gz
    ("msgpack", "1.0.0", "auto"): "9534d5cc480d4aff720233411a1f765be90885750b07df772380b34c10ecb5c0",  # msgpack-1.0.0.tar.gz
    # punq 0.8's wheel installs a `typesafety/` folder of mypy test cases (`test_container.py`); 0.9's does not
    ("punq", "0.8.0", "auto"): "1f34dee67f26bd5ea7f4dfeee11b22aa1a19c634421262a07f2b51a9dc8e2c41",  # punq-0.8.0-py3-none-any.whl
    ("punq", "0.9.0", "auto"): "c8a3cc778776982cab170853c09a8712d98daae77bdd6516740c1360d41dc28c",  # punq-0.9.0-py3-none-any.whl
    # hunt31: false claims on releases nobody tuned on
    # bokeh 3.10.0 makes `DirectoryHandler.on_session_created` an `async def`; 3.9.2's was a plain def annotated
    # `-> Coroutine[Any, Any, None]` returning its handler's coroutine: callers awaited it already
    ("bokeh", "3.9.2", "auto"): "448e07d5ee78231f5bdece3be020024bb98696c0d6b127e0e2df0b8ba8fa9765",  # bokeh-3.9.2-py3-none-any.whl
    ("bokeh", "3.10.0", "auto"): "6bb8dbd4a555f71a921be5bd45c3bfaa15b390257fbadae76901927bd58629b7",  # bokeh-3.10.0-py3-none-any.whl
    # urwid 5.0.0's `PopUpLauncher.render` rebinds `canv = CompositeCanvas(canv)` right before `canv.set_pop_up(...,
    # on_unhandled_key=...)`: a call on an object of the release's own class, no user override of `Canvas.set_pop_up`
    ("urwid", "4.2.5", "auto"): "4b1cd9916d5a3bce1a6cfec8a4f157d287f2f05471df7d908f5ae9cee7eace5f",  # urwid-4.2.5-py3-none-any.whl
    ("urwid", "5.0.0", "auto"): "40af66a846d8b78a70d4b808420d602ead42533f51ce4d2823cef007274fd72e",  # urwid-5.0.0-py3-none-any.whl
    # kafka-python 3.0.12's `KafkaProducer.__init__(**configs)` pops its options in `for key in self.config:` and
    # reads `self.config[key]` in another loop over two literal keys reusing the name `key`
    ("kafka-python", "2.3.3", "auto"): "9ab1c473f0bc72c8db82ec77137f30691de42e68807a1933c3200b8771235ce1",  # kafka_python-2.3.3-py2.py3-none-any.whl
    ("kafka-python", "3.0.12", "auto"): "67add72052e3ad0c37ed9963ebe2b1696adc7f063c64eaf19862c21b69a64a18",  # kafka_python-3.0.12-py3-none-any.whl
    # mkdocstrings-python 1.18.2 spreads `_dataclass_options` into `@dataclass(...)`, setting `kw_only` under a
    # Python-version guard; 1.19.0 spells `@dataclass(frozen=True, kw_only=True)`
    ("mkdocstrings-python", "1.18.2", "auto"): "944fe6deb8f08f33fa936d538233c4036e9f53e840994f6146e8e94eb71b600d",  # mkdocstrings_python-1.18.2-py3-none-any.whl
    ("mkdocstrings-python", "1.19.0", "auto"): "395c1032af8f005234170575cc0c5d4d20980846623b623b35594281be4a3059",  # mkdocstrings_python-1.19.0-py3-none-any.whl
    # pypdf 6.20.1's `PdfObject` (and every class of `pypdf.generic` after it) no longer derives from the private
    # `PdfObjectProtocol(Protocol)`: only `typing.Protocol` left their order
    ("pypdf", "6.19.0", "auto"): "7e5d6e730e7dae87d560a2cee218b852f6498c8be61966f3cd02ead971e48d14",  # pypdf-6.19.0-py3-none-any.whl
    ("pypdf", "6.20.1", "auto"): "aa5a55ddcffdc5e5ab291d5decb23f6383f4e56f8e3263dc39af41fff03885ad",  # pypdf-6.20.1-py3-none-any.whl
    # dulwich 1.2.21's `LineEndingFilter` no longer derives from `FilterDriver(TypingProtocol)`, a protocol not
    # runtime-checkable: `isinstance` against it raised
    ("dulwich", "1.1.0", "auto"): "bcd67e7f9bdffb4b660330c4597d251cd33e74f5df6898a2c1e6a1730a62af06",  # dulwich-1.1.0-py3-none-any.whl
    ("dulwich", "1.2.21", "auto"): "31a522b9611e8032a43b8fb6941469c24e65ff4f14e0427986c58e90c22e154f",  # dulwich-1.2.21-py3-none-any.whl
    # python-statemachine 2.6.0's `CallbacksRegistry.async_call(self, key, *args, **kwargs)` returned
    # `self._registry[key].async_call(*args, **kwargs)`, a coroutine of `CallbacksExecutor.async_call`; 3.0.0 awaits it
    ("python-statemachine", "2.6.0", "auto"): "1b1bfae954e0a980ef3e8617948efa12b5e9a0fef7bb0284ed6e212efede8db4",  # python_statemachine-2.6.0-py3-none-any.whl
    ("python-statemachine", "3.0.0", "auto"): "f967ee864cfd26375c91f49560e790357613482811efcec8b2020c1f874a5eaf",  # python_statemachine-3.0.0-py3-none-any.whl
    # recall31:
    # watchdog 4.0's `FileSystemEvent` became a dataclass (`src_path`, `dest_path=""`, ...); its subclasses are plain
    # classes that inherit the generated `__init__`
    ("watchdog", "3.0.0", "auto"): "4d98a320595da7a7c5a18fc48cb633c2e73cda78f93cac2ef42d42bf609a33f9",  # watchdog-3.0.0.tar.gz
    ("watchdog", "4.0.0", "auto"): "e3e7065cbdabe6183ab82199d7a4f6b3ba0a438c5a512a68559846ccb76a78ec",  # watchdog-4.0.0.tar.gz
    # sentry-sdk 2.0 deprecates the `Hub` class ("merged into :py:class:`sentry_sdk.scope.Scope`") and its `client`
    # property ("This property is deprecated") in docstrings only
    ("sentry-sdk", "1.45.0", "auto"): "1ce29e30240cc289a027011103a8c83885b15ef2f316a60bcc7c5300afa144f1",  # sentry_sdk-1.45.0-py2.py3-none-any.whl
    ("sentry-sdk", "2.0.0", "auto"): "15033ab12894b5a41a5b84a4fdf57229e196932b8a3c9b6b54a9a0d313127117",  # sentry_sdk-2.0.0-py2.py3-none-any.whl
    # pyee 12 deprecates `PyeeException` in its docstring's second sentence ("An exception internal to pyee.
    # Deprecated in favor of PyeeError.")
    ("pyee", "11.1.1", "auto"): "9e4cdd7c2f9fcf247db94bad39a260aceffefdbe52286ce71be01959de34a5c2",  # pyee-11.1.1-py3-none-any.whl
    ("pyee", "12.0.0", "auto"): "7b14b74320600049ccc7d0e0b1becd3b4bd0a03c745758225e31a59f4095c990",  # pyee-12.0.0-py3-none-any.whl
    # sphinx 8.0 removes "the long-deprecated alias to VersionChange in sphinx.directives.other", an import marked
    # `# NoQA: F401  # for compatibility` in a plain module
    ("sphinx", "7.4.7", "auto"): "c2419e2135d11f1951cd994d6eb18a1835bd8fdd8429f9ca375dc1f3281bd239",  # sphinx-7.4.7-py3-none-any.whl
    ("sphinx", "8.0.0", "auto"): "24e82f79de739d6a82785721d97eb9849641ebb5abd52a0fe31577d041c9723e",  # sphinx-8.0.0-py3-none-any.whl
    # pyramid 2.0 deprecates `pyramid.security.Everyone`, `Authenticated`... with `zope.deprecation.deprecated(attr,
    # "...".format(attr=attr))` in a loop over their names
    ("pyramid", "1.10.8", "auto"): "06e99d3174586921490203288e2cc9cd43d12992306f924ca32a2c59233386a9",  # pyramid-1.10.8-py2.py3-none-any.whl
    ("pyramid", "2.0", "auto"): "de7f097fa2fa43bead1f690761e56594d24954ae7dc7cbf69a5d84bb75c5a099",  # pyramid-2.0-py3-none-any.whl
    # leftover31: jsonargparse 4.48.0's `ArgumentParser.__init__(*args, **kwargs)` hands `exit_on_error` on through two
    # mixins' `super().__init__(*args, **kwargs)` to argparse's ArgumentParser
    ("jsonargparse", "4.47.0", "auto"): "b038671662c1073b4a7045aa29c868e8485abe81c09ffc6716e6deff31c3cf25",  # jsonargparse-4.47.0-py3-none-any.whl
    # leftover31: pyproject-hooks 1.3.0 stopped setting and reading `_PYPROJECT_HOOKS_BACKEND_PATH`, a private variable
    # it handed only to its own hook subprocess
    ("pyproject-hooks", "1.2.0", "auto"): "9e5c6bfa8dcc30091c74b0cf803c81fdd29d94f01992a7707bc97babb1141913",  # pyproject_hooks-1.2.0-py3-none-any.whl
    ("pyproject-hooks", "1.3.0", "auto"): "733909c6ac133d222c0b8cfc11364f19d363793d8fbcd8bb7240c5220af8d35d",  # pyproject_hooks-1.3.0-py3-none-any.whl
    # leftover31: cachecontrol 0.14.2 renamed `response` to `response_or_ref` in `CacheController.cache_response`'s
    # family, at the same position
    ("cachecontrol", "0.14.1", "auto"): "65e3abd62b06382ce3894df60dde9e0deb92aeb734724f68fa4f3b91e97206b9",  # cachecontrol-0.14.1-py3-none-any.whl
    ("cachecontrol", "0.14.2", "auto"): "ebad2091bf12d0d200dfc2464330db638c5deb41d546f6d7aca079e87290f3b0",  # cachecontrol-0.14.2-py3-none-any.whl
    # leftover31: docker 7.0 (documented) dropped `network_driver_opt` from `ContainerCollection.run`/`create`, which
    # hand their `**kwargs` dict to `_create_container_args(kwargs)`, whose body pops the options it takes and raises
    # on any other: still a miss (see /work/research/leftover31/REPORT.md), pinned for sweeps
    ("docker", "6.1.3", "auto"): "aecd2277b8bf8e506e484f6ab7aec39abe0038e29fa4a6d3ba86c3fe01844ed9",  # docker-6.1.3-py3-none-any.whl
    ("docker", "7.0.0", "auto"): "12ba681f2777a0ad28ffbcc846a69c31b4dfd9752b47eb425a274ee269c5e14b",  # docker-7.0.0-py3-none-any.whl
    # lead30: flask-apscheduler 1.12.1 stopped testing WERKZEUG_RUN_MAIN, which werkzeug's reloader sets
    ("flask-apscheduler", "1.12.0", "auto"): "66df81c47802fb5e5a7b52342f2c07b0b30a43659ae4f73fe118f60a39778625",  # Flask-APScheduler-1.12.0.tar.gz
    ("flask-apscheduler", "1.12.1", "auto"): "45e19411efb3a7e986ed0b476a2d93900744967782fbc349f54b954ac2440362",  # Flask-APScheduler-1.12.1.tar.gz
    # lead39: fastapi 0.164 passes `max_body_size` to the router its constructor built (`self.router.delete(...)`)
    ("fastapi", "0.163.2", "auto"): "825a8fdd18d7bfcb1b86735e9805c59b7400d55c4060d3df5331b62ae452f004",  # fastapi-0.163.2-py3-none-any.whl
    ("fastapi", "0.164.0", "auto"): "6ec63b74a112a6acc22c87f29bb8cb209002050cfeb4f993b959e6caea65c468",  # fastapi-0.164.0-py3-none-any.whl
    # hunt32: false claims on releases nobody tuned on
    # pydantic-settings 2.15.0 binds `SecretsManagerClient = None` / `tomli = None` and fills them in
    # `import_aws_secrets_manager()` / `import_toml()` by `global NAME` and an import: lazy-import slots, no API
    ("pydantic-settings", "2.14.2", "auto"): "a20c97b37910b6550d5ea50fbcc2d4187defe58cd57070b73863d069419c9440",  # pydantic_settings-2.14.2-py3-none-any.whl
    ("pydantic-settings", "2.15.0", "auto"): "0ba092c291c94baceb5eff768aa0d56400a457585bc0175925a5a5510303da42",  # pydantic_settings-2.15.0-py3-none-any.whl
    ("pydantic-settings", "2.16.3", "auto"): "d1db16a2d34006323a1b42c0640898da58adfbad7ec30baaa9e2b18aafc08999",  # pydantic_settings-2.16.3-py3-none-any.whl
    # python-box 7.4.1's `Box.update(*args, **kwargs)` refuses `if (len(args) + int(bool(kwargs))) > 1:`; 8.0.0's
    # `ConfigBox.update` refuses `if len(args) > 1:`: both take at most one positional
    ("python-box", "7.4.1", "auto"): "a3b0d84d003882fb6abe505b1b883b3a5dcbf226b0fe168d24bc5ff75d9826e5",  # python_box-7.4.1-py3-none-any.whl
    ("python-box", "8.0.0", "auto"): "3da1cdae8bdfef708f4b0e49899093d0e71af432e2078c09bfc90963f11e1d66",  # python_box-8.0.0-py3-none-any.whl
    # sqlglot 30.27.0's `Parser.parse_set_operation` still reaches `_kv_to_prop_eq` and the other private hooks
    # through its private helpers: a walk capped per caller stopped short of them in 30.27.0 only
    ("sqlglot", "30.26.0", "auto"): "58fe0d44cc5ae2947a08d16c4e1affb8716e6ddb47154674e3b6180a2f2b315c",  # sqlglot-30.26.0-py3-none-any.whl
    ("sqlglot", "30.27.0", "auto"): "b630686fc167762e20960ad3d007ad03d81af0a804c9f7d117f1fe06433c839e",  # sqlglot-30.27.0-py3-none-any.whl
    # django-ninja 1.6.3's `TestAsyncClient.get` is `NinjaClientBase.get`, returning `self.request(...)`, which returns
    # `self._call(...)`, `TestAsyncClient`'s `async def`; 1.7.1 makes `get` an `async def` itself
    ("django-ninja", "1.6.3", "auto"): "e83ba573e0f17b1d2fddca078613e2aaad512acb3d3c6bc9a5f1a0d9257dd70c",  # django_ninja-1.6.3-py3-none-any.whl
    ("django-ninja", "1.7.1", "auto"): "61137e9fbb97ca15a92cdbfdcf9f6a738464b328c6cb11090faf17042035ec69",  # django_ninja-1.7.1-py3-none-any.whl
    # parsel 1.10.0's `Selector(encoding="utf-8")` was `encoding="utf8"`: one codec
    ("parsel", "1.9.1", "auto"): "c4a777ee6c3ff5e39652b58e351c5cf02c12ff420d05b07a7966aebb68ab1700",  # parsel-1.9.1-py2.py3-none-any.whl
    ("parsel", "1.10.0", "auto"): "6a0c28bd81f9df34ba665884c88efa0b18b8d2c44c81f64e27f2f0cb37d46169",  # parsel-1.10.0-py2.py3-none-any.whl
    # xlsxwriter 3.2.9's `insert_button` no longer reaches `Worksheet._size_col`, but `Workbook` still calls
    # `sheet._prepare_image(...)` (and the other private preparers), which do
    ("xlsxwriter", "3.1.9", "auto"): "b61c1a0c786f82644936c0936ec96ee96cd3afb9440094232f7faef9b38689f0",  # XlsxWriter-3.1.9-py3-none-any.whl
    ("xlsxwriter", "3.2.9", "auto"): "9a5db42bc5dff014806c58a20b9eae7322a134abb6fce3c92c181bfb275ec5b3",  # xlsxwriter-3.2.9-py3-none-any.whl
    # recall32: bottle 0.13 removed `ConfigDict.__call__` ("ConfigDict instances are no longer callable"; `ConfigDict(dict)`
    # whose metaclass `type` has a `__call__`) and deprecates `cookie_encode`/`cookie_decode`/`cookie_is_encoded` and the
    # GAE adapter through its own helper `depr(major, minor, cause, fix)`, which formats its message in a local
    ("bottle", "0.12.25", "auto"): "d6f15f9d422670b7c073d63bd8d287b135388da187a0f3e3c19293626ce034ea",  # bottle-0.12.25-py3-none-any.whl
    ("bottle", "0.13.0", "auto"): "f322f5247f35150dc8686f44183af837597bd9a7db55a16901181b8b0d78f23a",  # bottle-0.13.0-py2.py3-none-any.whl
    # recall32: twisted 22.10 deprecates `twisted.web.resource.ErrorPage`, `NoResource`, `ForbiddenResource` with
    # `deprecatedModuleAttribute(Version(...), message, __name__, "ErrorPage")`; 23.8 deprecates the gtk2/gtk3/glib2
    # reactor modules through `_deprecate.deprecatedGnomeReactor(name, version)`, which builds its message in locals
    ("twisted", "22.8.0", "auto"): "8d4718d1e48dcc28933f8beb48dc71cfe77a125e37ad1eb7a3d0acc49baf6c99",  # Twisted-22.8.0-py3-none-any.whl
    ("twisted", "22.10.0", "auto"): "86c55f712cc5ab6f6d64e02503352464f0400f66d4f079096d744080afcccbd0",  # Twisted-22.10.0-py3-none-any.whl
    ("twisted", "23.8.0", "auto"): "b8bdba145de120ffb36c20e6e071cce984e89fba798611ed0704216fb7f884cd",  # twisted-23.8.0-py3-none-any.whl
    # recall32: twisted 25.5 deprecates `Deferred.callbacks` (was an instance attribute) with `@deprecatedProperty(...)`
    ("twisted", "24.11.0", "auto"): "fe403076c71f04d5d2d789a755b687c5637ec3bcd3b2b8252d76f2ba65f54261",  # twisted-24.11.0-py3-none-any.whl
    ("twisted", "25.5.0", "auto"): "8559f654d01a54a8c3efe66d533d43f383531ebf8d81d9f9ab4769d91ca15df7",  # twisted-25.5.0-py3-none-any.whl
    # recall32: setuptools 70's `pkg_resources` assigns `require`, `working_set`, `resource_string`... (all in `__all__`)
    # only under `if TYPE_CHECKING:`, binding them at run time with `globals().update(locals())`
    ("setuptools", "69.5.1", "auto"): "c636ac361bc47580504644275c9ad802c50415c7522212252c033bd15f301f32",  # setuptools-69.5.1-py3-none-any.whl
    ("setuptools", "70.0.0", "auto"): "54faa7f2e8d2d11bcd2c07bed282eef1046b5c080d1c32add737d7b5817b1ad4",  # setuptools-70.0.0-py3-none-any.whl
    # recall32: zope.interface 8.0 (sdist only: no pure wheel) made `zope` a PEP 420 namespace: `src/zope/` has no
    # `__init__.py`, its egg-info's `top_level.txt` lists `zope`; "no Python modules found" made the diff fail
    ("zope-interface", "7.2", "auto"): "8b49f1a3d1ee4cdaf5b32d2e738362c7f5e40ac8b46dd7d1a65e82a4872728fe",  # zope.interface-7.2.tar.gz
    ("zope-interface", "8.0", "auto"): "b14d5aac547e635af749ce20bf49a3f5f93b8a854d2a6b1e95d4d5e5dc618f7d",  # zope_interface-8.0.tar.gz
    # leftover32: cachetools 5.0's `cachedmethod` calls the user's `key` callback with the instance first
    ("cachetools", "4.2.4", "auto"): "92971d3cb7d2a97efff7c7bb1657f21a8f5fb309a37530537c71b1774189f2d1",  # cachetools-4.2.4-py3-none-any.whl
    ("cachetools", "5.0.0", "auto"): "8fecd4203a38af17928be7b90689d8083603073622229ca7077b72d8e5a976e4",  # cachetools-5.0.0-py3-none-any.whl
    # leftover32: huggingface-hub 2.2.0's CLI calls `fetch_job_metrics(..., follow=...)` on the `HfApi` that
    # `get_hf_api(...)` builds: an object of the release's own class, reaching no user's override
    ("huggingface-hub", "2.1.1", "auto"): "d76fa1d8e6a59e01f012b1d88da604c099c7a0f2e26b1cc7d708f0a4283bd2a2",  # huggingface_hub-2.1.1-py3-none-any.whl
    ("huggingface-hub", "2.2.0", "auto"): "1667f145dc56dc210d60966069397df9ecfca9607a5d43db88b308c89dae56b3",  # huggingface_hub-2.2.0-py3-none-any.whl
    # leftover32: boltons 26.2's `wraps` calls `fb.get_invocation_str(target=wrapper)` on `fb =
    # FunctionBuilder.from_func(...)`, an alternate constructor returning `cls(...)`: no user's override
    ("boltons", "26.1.0", "auto"): "1d966b165805b83600b31af9f0db672e3b3313d9de438e22708a94ac5f4c93de",  # boltons-26.1.0-py3-none-any.whl
    ("boltons", "26.2.0", "auto"): "41942cbce440211bbcf2487ccdc356964ad674f95a01068b8a0dd7a1d1fed036",  # boltons-26.2.0-py3-none-any.whl
    # leftover32: django-storages 1.14 moved its storages' settings from class attributes onto instances (`setattr` in
    # `BaseStorage.__init__` from `get_default_settings()`): no longer claimed removed (still on instances); pinned for
    # sweeps
    ("django-storages", "1.13.2", "auto"): "31dc5a992520be571908c4c40d55d292660ece3a55b8141462b4e719aa38eab3",  # django_storages-1.13.2-py3-none-any.whl
    ("django-storages", "1.14.6", "auto"): "11b7b6200e1cb5ffcd9962bd3673a39c7d6a6109e8096f0e03d46fab3d3aabd9",  # django_storages-1.14.6-py3-none-any.whl
    # leftover32: pika 1.4.0 made `BlockingChannel.queue_unbind`'s `exchange` required; 1.3.2's default None failed
    # (`Queue.Unbind.encode()` asserts a string): "lost its default" is still claimed, left alone; pinned for sweeps
    ("pika", "1.3.2", "auto"): "0779a7c1fafd805672796085560d290213a465e4f6f76a6fb19e378d8041a14f",  # pika-1.3.2-py3-none-any.whl
    ("pika", "1.4.0", "auto"): "937d8576f92a1ce3673d442161fefef614ac557583e10b9d84c14a6e228ed6a7",  # pika-1.4.0-py3-none-any.whl
    # leftover40: inquirer 3.3 dropped `is_pathname_valid`, which took Windows' `HOMEDRIVE` for a root; faststream 0.5
    # no longer tests the interpreter's `PYTHONOPTIMIZE` itself: neither is a setting a user made
    ("inquirer", "3.2.5", "auto"): "017fefa077f023d23b4e9fc310ab33d005789d4558b1121d9611aee27411a63b",  # inquirer-3.2.5-py3-none-any.whl
    ("inquirer", "3.3.0", "auto"): "c4be527e8c4e7a1b2c909aa064ef6f1a4466be42224290f21f07f6d5947171f4",  # inquirer-3.3.0-py3-none-any.whl
    ("faststream", "0.4.7", "auto"): "2f35bc1cf236807a93a078b79018a4a6e4636b5581fd9a91bd3b511dddc854ba",  # faststream-0.4.7-py3-none-any.whl
    ("faststream", "0.5.48", "auto"): "ee48956405019f82847ba5e1ef5a90ad648338d86bcc377eb8938edd1615c928",  # faststream-0.5.48-py3-none-any.whl
    # leftover40: flask-appbuilder 5.0 removed classes whose subclasses it kept (`no longer a subclass of X` repeated
    # under X's own removal)
    ("flask-appbuilder", "4.8.1", "auto"): "18d28b483a34fe292cf6f96c142ef0bbbd09dd78a047d678bc9afc8547f74de4",  # Flask_AppBuilder-4.8.1-py3-none-any.whl
    ("flask-appbuilder", "5.0.0", "auto"): "fe7121621871a38966abe3c8d723b2bd7a56d74e69b68d88523a83ee036cc99b",  # Flask_AppBuilder-5.0.0-py3-none-any.whl
    # leftover40: social-auth-core 6.0 calls methods that only raised NotImplementedError (storages must implement
    # them now); 7.0 removed `BaseStrategy.restore_session`, a hook that only raised, and deprecated setting
    # `BaseAuth.strategy`
    ("social-auth-core", "5.2.0", "auto"): "e7b9990450291488deffce8d92d14d4396021b8d3c4a0ac5c32ec03bfaccc496",  # social_auth_core-5.2.0-py3-none-any.whl
    ("social-auth-core", "6.0.0", "auto"): "375b4f65a979d21edf4a342d43dde61f851af6290041afbedc36bc8d19665bc8",  # social_auth_core-6.0.0-py3-none-any.whl
    ("social-auth-core", "6.2.0", "auto"): "385771345372b9e87b448fe23b1ca4909fcbb0b752d1206600ab3c18342cd321",  # social_auth_core-6.2.0-py3-none-any.whl
    ("social-auth-core", "7.0.0", "auto"): "7d077e20976b6e1a9ebef2b78ac266c799c1ab26c10f43c1e25e109e6a8a3094",  # social_auth_core-7.0.0-py3-none-any.whl
    # hunt40: false claims on API clients and SDKs nobody tuned on
    # anthropic 2.17's `MessageStream.text_stream` became `@cached_property`, imported from the release's `_compat`,
    # which binds `from functools import cached_property as cached_property`: still assignable
    ("anthropic", "2.16.0", "auto"): "fda498e294f8e29cda37862d8cdfa9721dd8ac9489b1c6d5fefadcd6f01d3b33",  # anthropic-2.16.0-py3-none-any.whl
    ("anthropic", "2.17.0", "auto"): "0fdabdad0430b23d10329ffbc6f1704bdef5c98e262898ecd210161623b0668a",  # anthropic-2.17.0-py3-none-any.whl
    # hunt40: haystack-ai 3.0's `haystack.tools` puts `LazyImporter(name=__name__, ..., import_structure=
    # _import_structure)` in its own place in `sys.modules`: the names the table lists are served, not removed
    ("haystack-ai", "2.31.0", "auto"): "f4387e691152778370d7b1dbcc12ef0f04fb5be4b01d6993719849a1c5dcdb3f",  # haystack_ai-2.31.0-py3-none-any.whl
    ("haystack-ai", "3.0.0", "auto"): "523718f200b27e11c8e33acf29fc8608c2f9951a0877eedf11bf838d06abff05",  # haystack_ai-3.0.0-py3-none-any.whl
    # hunt40: haystack-ai 3.4 makes the loader first (`_module = LazyImporter(...)`), then `sys.modules[__name__] =
    # _module`, and serves the `tool` decorator as `extra_objects={"tool": _tool_decorator}`
    ("haystack-ai", "3.3.0", "auto"): "dc9d6e953babcfd67547159b2758eac42789dc6b0778a8bf3c3e91b576152bc7",  # haystack_ai-3.3.0-py3-none-any.whl
    ("haystack-ai", "3.4.0", "auto"): "4378474733cfb2553c6579002eeee1905814b701e368a92f755fb9c57765b42d",  # haystack_ai-3.4.0-py3-none-any.whl
    # hunt40: msal 1.38.0's `managed_identity.py` has CRLF line ends (1.37.0's LF), the same `"IMDS_ENDPOINT" in
    # os.environ` in both
    ("msal", "1.37.0", "auto"): "dd17e95a7c71bce75e8108113438ba7c4a086b3bcad4f57a8c09b7af3d753c2d",  # msal-1.37.0-py3-none-any.whl
    ("msal", "1.38.0", "auto"): "765b9b98b6aa380ee8b8f1c75636e08863edaf0a953498955bd668650dde5d49",  # msal-1.38.0-py3-none-any.whl
    # recall40: django-model-utils 5.0 made `SoftDeletableModel.delete`'s `soft` keyword-only behind a `*args` handed on
    # to django's `Model.delete`; django-import-export 4.0 deprecates `Widget.render`'s `obj` through
    # `self._obj_deprecation_warning(obj)`
    ("django-model-utils", "4.5.1", "auto"): "f1141fc71796242edeffed5ad53a8cc57f00d345eb5a3a63e3f69401cd562ee2",  # django_model_utils-4.5.1-py3-none-any.whl
    ("django-model-utils", "5.0.0", "auto"): "fec78e6c323d565a221f7c4edc703f4567d7bb1caeafe1acd16a80c5ff82056b",  # django_model_utils-5.0.0-py3-none-any.whl
    ("django-import-export", "3.3.9", "auto"): "dd6cabc08ed6d1bd37a392e7fb542bd7d196b615c800168f5c69f0f55f49b103",  # django_import_export-3.3.9-py3-none-any.whl
    ("django-import-export", "4.0.0", "auto"): "6e8c881ad8ef93ca1f302bbcc39f2b7fc0bb5b3acbdaf4563a6cf271a56c8086",  # django_import_export-4.0.0-py3-none-any.whl
    # recall40: django-money 3.0 no longer reads the `CURRENCY_DECIMAL_PLACES_DISPLAY` Django setting
    ("django-money", "2.1.1", "auto"): "60a605d5b999e1756a18008dd7e0c5a860fd64c018a140c7a7675a4209ec3782",  # django_money-2.1.1-py3-none-any.whl
    ("django-money", "3.0.0", "auto"): "1f2a760d5da28de8e1beb05bfc66db0c29b4329c7e382cf69f2577315da3ee91",  # django_money-3.0.0-py3-none-any.whl
    # hunt41: numba 0.62 moved `ReduceMixin._rebuild` from `@abc.abstractclassmethod` to `@classmethod` under
    # `@abc.abstractmethod` (abstract in both)
    ("numba", "0.61.2", "auto"): "8750ee147940a6637b80ecf7f95062185ad8726c8c28a2295b8ec1160a196f7d",  # numba-0.61.2.tar.gz
    ("numba", "0.62.0", "auto"): "2afcc7899dc93fefecbb274a19c592170bc2dbfae02b00f83e305332a9857a5a",  # numba-0.62.0.tar.gz
    # hunt41: nltk 3.9.4's `BLOCK_COMPARISON = "block_comparison"` was `BLOCK_COMPARISON, VOCABULARY_INTRODUCTION =
    # 0, 1` (an int each, not a tuple)
    ("nltk", "3.9.3", "auto"): "60b3db6e9995b3dd976b1f0fa7dec22069b2677e759c28eb69b62ddd44870522",  # nltk-3.9.3-py3-none-any.whl
    ("nltk", "3.9.4", "auto"): "f2fa301c3a12718ce4a0e9305c5675299da5ad9e26068218b69d692fda84828f",  # nltk-3.9.4-py3-none-any.whl
    # hunt41: shapely 2.0's sdist keeps its C sources in `src/` and its package at the root `shapely/`
    ("shapely", "2.0.7", "auto"): "28fe2997aab9a9dc026dc6a355d04e85841546b2a5d232ed953e3321ab958ee5",  # shapely-2.0.7.tar.gz
    # hunt41: zarr 3.1.2's `LocalStore.open(cls, root, *, read_only=False, mode=None)` overrides the inherited
    # `Store.open(cls, *args, **kwargs)`, which returned `cls(*args, **kwargs)`: `LocalStore(root, ...)` all along
    ("zarr", "3.1.1", "auto"): "9a0b7e7c27bf62965b8eef6b8b8fdb9b47381f0738be35e40f37be6479b546be",  # zarr-3.1.1-py3-none-any.whl
    ("zarr", "3.1.2", "auto"): "c3e180f53ee0ef91b86f7feff6f9dd381ddd1b512d1a46580530966a493387b6",  # zarr-3.1.2-py3-none-any.whl
    # hunt41: uncertainties 3.1.7 ships its tests, `lib1to2/test_1to2.py` testing `"TRAVIS" in os.environ`; 3.2.0
    # dropped them
    ("uncertainties", "3.1.7", "auto"): "4040ec64d298215531922a68fa1506dc6b1cb86cd7cca8eca848fcfe0f987151",  # uncertainties-3.1.7-py2.py3-none-any.whl
    ("uncertainties", "3.2.0", "auto"): "aa85dd4fc1078e24d238ca0adb611d97c210e70035c4226a07f6ccb3d252ba26",  # uncertainties-3.2.0-py3-none-any.whl
    # hunt41: dask 2025.12's `to_zarr(..., **kwargs)` warns "Passing storage-related arguments via **kwargs is
    # deprecated" and hands them on to `_setup_zarr_store`, which reads `mode` and `read_only`
    ("dask", "2025.11.0", "auto"): "08c35a8146c05c93b34f83cf651009129c42ee71762da7ca452fb7308641c2b8",  # dask-2025.11.0-py3-none-any.whl
    ("dask", "2025.12.0", "auto"): "4213ce9c5d51d6d89337cff69de35d902aa0bf6abdb8a25c942a4d0281f3a598",  # dask-2025.12.0-py3-none-any.whl
    # leftover41: mcp 2.0's `Client` calls methods of the `ClientSession` it builds itself (property -> private field
    # -> builder method): no user override is reached
    ("mcp", "1.30.0", "auto"): "666edb5009503e1047c9d60346a756f94b261f05cc2625f23d41c728ffc484d0",  # mcp-1.30.0-py3-none-any.whl
    ("mcp", "2.0.0", "auto"): "1cb4c75d2d2c7b8c1d756355e5d82a39f2822cc7f13e22a2051d7ca3592349d6",  # mcp-2.0.0-py3-none-any.whl
    # leftover41: atlassian-python-api 5.0's `Jira.reindex_status` calls `self.request(..., allow_redirects=...)`, a hook
    # of `AtlassianRestAPI.request` that every client class shares
    ("atlassian-python-api", "4.0.7", "auto"): "46a70cb29eaab87c0a1697fccd3e25df1aa477e6aa4fb9ba936a9d46b425933c",  # atlassian_python_api-4.0.7-py3-none-any.whl
    ("atlassian-python-api", "5.0.0", "auto"): "02a60378116b72904e777bcde99e12636cf4ba19d3c15d013a9b29830a6e4d60",  # atlassian_python_api-5.0.0-py3-none-any.whl
    # recall41: passlib 1.7 deprecates `generate_password`, `genconfig` and `genhash` with its own
    # `@deprecated_function(...)` / `@deprecated_method(...)` decorators
    ("passlib", "1.6.5", "auto"): "ad631a58dc8abeb0f48016c13f4b3b0f3a7b1045a8cb3c61dd15e2d95b45c472",  # passlib-1.6.5-py2.py3-none-any.whl
    ("passlib", "1.7.0", "auto"): "47d76a117a9728bc1b0710ed7d7232f5325566d2c35647ffb017e57f943d7f07",  # passlib-1.7.0-py2.py3-none-any.whl
    # recall41: pdfplumber 0.11 deprecates `WordExtractor`'s `vertical_ttb` and `horizontal_ltr` through `logger.warning`
    ("pdfplumber", "0.10.4", "auto"): "c8f200259703324cd39a5c93b181a0d2370a6b2b6da670c117e75c3da6aca4a4",  # pdfplumber-0.10.4-py3-none-any.whl
    ("pdfplumber", "0.11.0", "auto"): "be41686fe9515da5f54fad254e2b6941a723b9afe99eb92008df30880b6d61b3",  # pdfplumber-0.11.0-py3-none-any.whl
    # recall41 (precision): colorama 0.4.6 binds `orig_stdout` & co. in `_wipe_internal_state_for_tests()`, which the
    # module calls as it loads
    ("colorama", "0.4.5", "auto"): "854bf444933e37f5824ae7bfc1e98d5bce2ebe4160d46b5edf346a89358e99da",  # colorama-0.4.5-py2.py3-none-any.whl
    ("colorama", "0.4.6", "auto"): "4f1d9991f5acc0ca119f9d443620b77f9d6b33703e51011c16baf57afb285fc6",  # colorama-0.4.6-py2.py3-none-any.whl
    # recall41: cryptography 37 deprecates `Blowfish`, `CAST5`, `IDEA` and `SEED` by a top-level
    # `utils.deprecated(Blowfish, __name__, "...", utils.DeprecatedIn37, name="Blowfish")`
    ("cryptography", "36.0.2", "auto"): "70f8f4f7bb2ac9f340655cbac89d68c527af5bb4387522a8413e841e3e6628c9",  # cryptography-36.0.2.tar.gz
    ("cryptography", "37.0.0", "auto"): "5a761fc1ff0eae360a80656bea462c3163dfaa8093b2fa0f72af929217b14a97",  # cryptography-37.0.0.tar.gz
    # leftover42: numba 0.61 binds `numba.core.types` names in both arms of `if config.USE_LEGACY_TYPE_SYSTEM:` and
    # replaces `types/scalars.py` by `sys.modules[__name__] = _RedirectSubpackage(locals(), "...old_scalars")`
    ("numba", "0.60.0", "auto"): "5df6158e5584eece5fc83294b949fd30b9f1125df7708862205217e068aabf16",  # numba-0.60.0.tar.gz
    ("numba", "0.61.0", "auto"): "888d2e89b8160899e19591467e8fdd4970e07606e1fbc248f239c89818d5f925",  # numba-0.61.0.tar.gz
    # leftover42: formulaic 1.1's `Formula(...)` is built by `_FormulaMeta.__call__`, which returns a `SimpleFormula`
    # or `StructuredFormula` (these define the members `Formula` lost)
    ("formulaic", "1.0.2", "auto"): "663328b038a0eb7644f59400615da7abf2672b0e11124b3bef3307afc441d97c",  # formulaic-1.0.2-py3-none-any.whl
    ("formulaic", "1.1.0", "auto"): "2c7907b4692091dd5615c78f2be30398abb28a046633b8c2760550f8c32b8be7",  # formulaic-1.1.0-py3-none-any.whl
    # leftover42: scikit-image 0.24's `compare_images` is wrapped by `_rename_image_params`, which maps positional
    # arguments to names by a literal list (warning for `method`) and renames image1/image2 to image0/image1
    ("scikit-image", "0.23.2", "auto"): "c9da4b2c3117e3e30364a3d14496ee5c72b09eb1a4ab1292b302416faa360590",  # scikit_image-0.23.2.tar.gz
    ("scikit-image", "0.24.0", "auto"): "5d16efe95da8edbeb363e0c4157b99becbd650a60b77f6e3af5768b66cf007ab",  # scikit_image-0.24.0.tar.gz
    # leftover42: uncertainties 3.2.2's `UFloat.format(*args, **kwargs)` hands `args[0].__format__(*args[1:], **kwargs)`
    ("uncertainties", "3.2.2", "auto"): "fd8543355952f4052786ed4150acaf12e23117bd0f5bd03ea07de466bce646e7",  # uncertainties-3.2.2-py3-none-any.whl
    ("uncertainties", "3.2.3", "auto"): "313353900d8f88b283c9bad81e7d2b2d3d4bcc330cbace35403faaed7e78890a",  # uncertainties-3.2.3-py3-none-any.whl
    # hunt42: scapy 2.6's `scapy.arch` star-imports `read_routes` from `scapy.arch.linux` on Linux and defines a
    # stand-in `def read_routes() -> List[str]` in the `else:` arm for unsupported platforms
    ("scapy", "2.5.0", "auto"): "5b260c2b754fd8d409ba83ee7aee294ecdbb2c235f9f78fe90bc11cb6e5debc2",  # scapy-2.5.0.tar.gz
    ("scapy", "2.6.0", "auto"): "6cf241e9b93f3b93bbb48fc259edb1d1f14ba1d88d72c80fb66b3b02eb5493dc",  # scapy-2.6.0-py3-none-any.whl
    # hunt42: trimesh 4.10's `Capsule.volume` is `@cache_decorator`, which wraps the method and returns
    # `property(get_cached)`; 4.9's Capsule inherited `Trimesh.volume`, a `@property`
    ("trimesh", "4.9.0", "auto"): "934265a1de4b472bee21094c4e88d0a7522054b9911adb06e9b8062bb8757178",  # trimesh-4.9.0-py3-none-any.whl
    ("trimesh", "4.10.0", "auto"): "bdafda66d5c8a9564d7d82f5673c06f8b4fc51c86de959fafee0e169fcfea12a",  # trimesh-4.10.0-py3-none-any.whl
    # hunt42: param 2.2's `depends(func, /, *dependencies, ...)` is wrapped by `accept_arguments`, whose wrapper
    # returns `lambda actual_f: f(actual_f, *args, **kwargs)`: no caller ever passed `func`
    ("param", "2.1.1", "auto"): "81066d040526fbaa44b6419f3e92348fa8856ea44c8d3915e9245937ddabe2d6",  # param-2.1.1-py3-none-any.whl
    ("param", "2.2.0", "auto"): "777f8c7b66ab820b70ea5ad09faaa6818308220caae89da3b5c5f359faa72a5e",  # param-2.2.0-py3-none-any.whl
    # hunt42: pyvmomi 8.0.3's sdist ships stub-only `pyVmomi/vmodl/*.pyi`, 9.0's wheel does not; both
    # `pyVmomi/__init__.py` bind `vmodl` through `_globals = globals(); _globals[name] = LazyModule(name)`
    ("pyvmomi", "8.0.3.0.1", "auto"): "db795c960159cfa3c81e6af4cf1f46618e61cf0349db1666de75df98a4f29c69",  # pyvmomi-8.0.3.0.1.tar.gz
    ("pyvmomi", "9.0.0.0", "auto"): "7812642a62b6ce2b439d7e4856d27101ad102734bce41daf77bedfb3e2d9cbf2",  # pyvmomi-9.0.0.0-py3-none-any.whl
    # hunt43: mlflow-skinny 2.5's `ModelRegistryClient.create_model_version` passes `local_model_path=` to
    # `self.store.create_model_version` only `if "local_model_path" in _get_arg_names(...)`, else the old call
    ("mlflow-skinny", "2.4.2", "auto"): "580ccf9adeee6862b1314f9fddbebc8fa02457fb2ba0f3dfb14b1e79377e79de",  # mlflow_skinny-2.4.2-py3-none-any.whl
    ("mlflow-skinny", "2.5.0", "auto"): "b2bef381fc7e842e1846debdd7261bdbf8f218bb88f2232092dd86dd2b06e9e1",  # mlflow_skinny-2.5.0-py3-none-any.whl
    # hunt43: keras 3.7 renamed `backend.common.variables.KerasVariable` to `Variable`, still imported as
    # `backend.common.KerasVariable` and still the base of each backend's `Variable`
    ("keras", "3.6.0", "auto"): "49585e4577f6e86bd890d96dfbcb1890f5bab5967ef831c07fd63f9d86e4bfe9",  # keras-3.6.0-py3-none-any.whl
    ("keras", "3.7.0", "auto"): "546a64f302e4779c129c06d9826fa586de752cdfd43d7dc4010c31b282587969",  # keras-3.7.0-py3-none-any.whl
    # hunt43: keras 3.4's `Trainer._compute_loss` passes `training=` to `self.compute_loss` only
    # `if self._compute_loss_has_training_arg:`, else the old call without it
    ("keras", "3.3.3", "auto"): "260df9ef71c6b89eb6816ce1c60f139c38ccdddd16f24e7005d2be127cdef8e4",  # keras-3.3.3-py3-none-any.whl
    ("keras", "3.4.0", "auto"): "fadf36b0e2c7255fd76213713f92d604c714a997992fe0b96731a51681026a48",  # keras-3.4.0-py3-none-any.whl
    # hunt43: accelerate 0.34's `DataLoaderShard(DataLoaderAdapter, ...)` no longer names `DataLoader`, but
    # `DataLoaderAdapter.__init__` sets `self.__class__ = type(name, (base_cls, wrapped_loader_class), {})`
    # recall58 (also): `ClusterConfig(BaseConfig)` takes its dataclass base's fields first; 0.34 inserted `fp8_config`
    ("accelerate", "0.33.0", "auto"): "0a7f33d60ba09afabd028d4f0856dd19c5a734b7a596d637d9dd6e3d0eadbaf3",  # accelerate-0.33.0-py3-none-any.whl
    ("accelerate", "0.34.0", "auto"): "0161fd3f975dd99b5cdb967bb6942bc986d9da466397742008a73290dcb73408",  # accelerate-0.34.0-py3-none-any.whl
    # leftover59: gitpython 3.1.20's `TagReference.create(repo, path, reference, logmsg, force, **kwargs)` reads the old
    # `message` keyword as `logmsg`, which took its slot
    ("gitpython", "3.1.18", "auto"): "fce760879cd2aebd2991b3542876dc5c4a909b30c9d69dfc488e504a8db37ee8",  # GitPython-3.1.18-py3-none-any.whl
    ("gitpython", "3.1.20", "auto"): "b1e1c269deab1b08ce65403cf14e10d2ef1f6c89e33ea7c5e5bb0222ea593b8a",  # GitPython-3.1.20-py3-none-any.whl
    # leftover59: accelerate 0.27's `FP8RecipeKwargs.backend = "MSAMP"` was `"msamp"`, which `__post_init__` upper-cased
    ("accelerate", "0.26.1", "auto"): "04df826b84ac7bad8a0a8ab90e6aeacdecb1ea5a2d744d7e94f6735c29183227",  # accelerate-0.26.1-py3-none-any.whl
    ("accelerate", "0.27.0", "auto"): "87eb754a1600a63d6fdbf8683603800388544456bfbdaaf622b89458005937de",  # accelerate-0.27.0-py3-none-any.whl
    # hunt43: filelock 4.3's `_native/_unix.py` defines `UnixFileLock` in both arms of an `if`: a name among its own
    # alternatives, followed for ever when datasets 2.16's `FileLock` subclass was looked up (RecursionError)
    ("datasets", "2.15.0", "auto"): "6d658d23811393dfc982d026082e1650bdaaae28f6a86e651966cb072229a228",  # datasets-2.15.0-py3-none-any.whl
    ("datasets", "2.16.0", "auto"): "301cc39b3d81cd751100b79c85f8ae8626c17b0b113819ba2831c204d90b43f2",  # datasets-2.16.0-py3-none-any.whl
    ("filelock", "4.3.2", "auto"): "02a8801bc6b2a80921bf3d7895c63084d53bae2a3c86783adce5ae2b89a1825b",  # filelock-4.3.2-py3-none-any.whl
    # hunt43: mlflow-skinny 3.17's protobuf stubs (mypy-protobuf) declare enum values on the metaclass:
    # `class ErrorCode(_ErrorCode, metaclass=_ErrorCodeEnumTypeWrapper)`, `ABORTED` a member of the latter
    ("mlflow-skinny", "3.16.1", "auto"): "41ec1697710b91d001f8951bdc2d00391a277065ed82268c81706238fa2b918e",  # mlflow_skinny-3.16.1-py3-none-any.whl
    ("mlflow-skinny", "3.17.0", "auto"): "443c1e8cbf04edc71434754e0dae2846db91814b342c65bbc05b131c2a68b7ba",  # mlflow_skinny-3.17.0-py3-none-any.whl
    # leftover44: polars 0.20's `expr/expr.py`, `series/series.py` and `series/struct.py` bind `property =
    # sphinx_accessor` only under `elif BUILDING_SPHINX_DOCS:`: no name of the runtime API
    ("polars", "0.20.31", "auto"): "00f62dec6bf43a4e2a5db58b99bf0e79699fe761c80ae665868eaea5168f3bbb",  # polars-0.20.31.tar.gz
    # hunt44b: pint 0.20 binds `Quantity = UnitRegistry.Quantity`, a class `__init_subclass__` builds on each
    # registry class from its facets' `_quantity_class`: no reader finds it, so its members are unknown, not removed
    ("pint", "0.19.2", "auto"): "e1d4989ff510b378dad64f91711e7bdabe5ca78d75b06a18569ac454678c4baf",  # Pint-0.19.2.tar.gz
    ("pint", "0.20.1", "auto"): "68afe65665542ee3ec99f69f043b1d39bfe7c6d61b786940157138fd08b838fb",  # Pint-0.20.1-py3-none-any.whl
    # hunt44b: torchmetrics 1.0's task wrappers (`F1Score(_ClassificationTaskWrapper)`) define `__new__(cls, task, ...)`
    # under `Metric.__init__(self, **kwargs)`; 0.11's were plain classes with the same `__new__`
    ("torchmetrics", "0.11.4", "auto"): "45f892f3534e91f3ad9e2488d1b05a93b7cb76b7d037969435a41a1f24750d9a",  # torchmetrics-0.11.4-py3-none-any.whl
    ("torchmetrics", "1.0.3", "auto"): "612a74ab8ebfcd4ebb38e5c370ce29a0e73af074948048f6f2233e25cf60da75",  # torchmetrics-1.0.3-py3-none-any.whl
    # hunt44b: timm 0.9's model modules write `__all__ = ['Beit']` and each `@register_model` def appends its own
    # name to it at run time (`sys.modules[fn.__module__].__all__.append(fn.__name__)`): still star-imported; and
    # `register_model_deprecations(__name__, {...})` binds a warning shim under each old model name in the module
    ("timm", "0.6.13", "auto"): "ea5aed42f94062a80da414e6f1791cb82012fdb54f7db72c607637914a521345",  # timm-0.6.13-py3-none-any.whl
    ("timm", "0.9.16", "auto"): "bf5704014476ab011589d3c14172ee4c901fd18f9110a928019cac5be2945914",  # timm-0.9.16-py3-none-any.whl
    # hunt44b: pymc 6's `to_inference_data(..., model: Model = None)` where 5.28 said `Optional["Model"]`: an implicit
    # Optional, None still fits
    ("pymc", "5.28.5", "auto"): "29f44aa3edd727b29eb0a555eec0d9def4775a5d5c849eee31239384a5feaec2",  # pymc-5.28.5-py3-none-any.whl
    ("pymc", "6.0.1", "auto"): "b58bfa2b7abeed5a15281fd937c03affce57377c88efdcbb71a988f31301d22f",  # pymc-6.0.1-py3-none-any.whl
    # hunt44a: elasticsearch-dsl 8.18's package is a shim putting every loaded `elasticsearch.dsl` module in
    # `sys.modules` under `elasticsearch_dsl` (`sys.modules[mod.replace("elasticsearch.dsl", "elasticsearch_dsl")]`)
    ("elasticsearch-dsl", "8.17.1", "auto"): "49ee12a6a8d43fcfc0af42b49649531a6ef228c9e4795325de27f6b309b62b6d",  # elasticsearch_dsl-8.17.1-py3-none-any.whl
    ("elasticsearch-dsl", "8.18.0", "auto"): "0522c5bb20c7abae69855109e650bf1166d486cbf706b5e1b29c28936a9102a3",  # elasticsearch_dsl-8.18.0-py3-none-any.whl
    # hunt44a: ciscoconfparse 1.6's top-level `initialize_ciscoconfparse()` calls `initialize_globals()`, which binds
    # `__version__`, `__author__`, ... under `global`: bound on import through a call of a call
    ("ciscoconfparse", "1.5.51", "auto"): "f1ef18be07d203252935ca735809df32944091506336d66a1fd33fdffd51d703",  # ciscoconfparse-1.5.51-py3-none-any.whl
    ("ciscoconfparse", "1.6.53", "auto"): "731062617000fee8794d2e67b783661cebca15ec6cab6fa199d92c6f0809530d",  # ciscoconfparse-1.6.53-py3-none-any.whl
    # hunt44a: dynaconf 3.1's vendored click `make_pass_decorator` hands on `*(D)` (minified), and its docstring shows
    # `ctx.invoke(f, obj, *args, **kwargs)` with `update_wrapper`: read as a bare decorator, 3.2's as a factory
    ("dynaconf", "3.1.12", "auto"): "a79d7b3ad4a35af9b576c49f11cd3b23a1b04b87b63a4e9f92cc82f2b0cafeeb",  # dynaconf-3.1.12-py2.py3-none-any.whl
    ("dynaconf", "3.2.13", "auto"): "4305527aef4834bdba3e39479b23c005186e83fb85f65bcaa4bcea58fa26759b",  # dynaconf-3.2.13-py2.py3-none-any.whl
    # hunt45a: python-telegram-bot 13 read `HTTPS_PROXY`/`https_proxy` itself; 20, on httpx, no longer spells them,
    # but httpx's `from urllib.request import getproxies` honours them (20.0's docs say so): not an env var removed
    ("python-telegram-bot", "13.15", "auto"): "06780c258d3f2a3c6c79a7aeb45714f4cd1dd6275941b7dc4628bba64fddd465",  # python_telegram_bot-13.15-py3-none-any.whl
    ("python-telegram-bot", "20.0", "auto"): "2f7f0a0eee6517ffb3e9732b622b5c97c107517f35dc2a97273c74cb5ed39e9d",  # python_telegram_bot-20.0-py3-none-any.whl
    ("httpx", "0.23.1", "auto"): "0b9b1f0ee18b9978d637b0776bfd7f54e2ca278e063e3586d8f01cda89e042a8",  # httpx-0.23.1-py3-none-any.whl
    # hunt45b: parso 0.7's `Grammar.parse(code=None, **kwargs)` raises TypeError for `start_pos` before handing
    # `**kwargs` on to `_parse(..., start_pos=(1, 0))`: 0.8 spelling its keywords out without it removes nothing
    ("parso", "0.7.1", "auto"): "97218d9159b2520ff45eb78028ba8b50d2bc61dcc062a9682666f2dc4bd331ea",  # parso-0.7.1-py2.py3-none-any.whl
    ("parso", "0.8.0", "auto"): "dc6c57ae210fc89b1de8fb0e7dc273fd6e40ebbe23c79b6e3c2b7dcbeb38c513",  # parso-0.8.0-py2.py3-none-any.whl
    # hunt46a: taggit 5's concrete `TaggedItem.Meta` traded `index_together` for `indexes`: Django's `ModelBase` pops a
    # concrete model's `Meta` into `_meta`, so `TaggedItem.Meta.index_together` was never an attribute to lose
    ("django-taggit", "4.0.0", "auto"): "eb800dabef5f0a4e047ab0751f82cf805bc4a9e972037ef12bf519f52cd92480",  # django_taggit-4.0.0-py3-none-any.whl
    ("django-taggit", "5.0.0", "auto"): "d44dd7dce433a41e1842d75e0c3875eedff6901e9b1e4a22daae18f3e3bcb2d9",  # django_taggit-5.0.0-py3-none-any.whl
    # hunt46b: pvlib 0.13's `@renamed_kwarg_warning("0.13.0", "g_poa_effective", "effective_irradiance")` returns
    # `deprecate(func, old=old_param_name, new=new_param_name)`, whose wrapper renames `old` in `**kwargs` to `new`:
    # the old keyword still works (deprecated), no parameter removed; `new`, tested only to refuse both, is no deprecation
    ("pvlib", "0.12.0", "auto"): "5922991b6a1ad9c4c90b114b582c8ac91ec4bb2d5fb04ce00eac83581316fa2e",  # pvlib-0.12.0-py3-none-any.whl
    ("pvlib", "0.13.0", "auto"): "ed0ffdd703aa12ef13f5bd34a2d57675da0c000305fdf7709207b7b08120ffd0",  # pvlib-0.13.0-py3-none-any.whl
    # hunt46b: MetPy 1.6's `dewpoint_from_specific_humidity(*args, **kwargs)` binds them to a `Signature` of
    # `Parameter('pressure', ...)`, `'temperature'`, `'specific_humidity'`, else to `signature(_dewpoint_...)`: the
    # old keywords still bind, none removed
    ("metpy", "1.5.1", "auto"): "a654a1aae77422ad340c06daaa70bd34f0ca5325f4ff202796d2dce48e53e776",  # MetPy-1.5.1-py3-none-any.whl
    ("metpy", "1.6.0", "auto"): "dbbb6bf34e6e5dbff389f0ac062ae20292cc0bb0a70081941d8f16538e69afc9",  # MetPy-1.6.0-py3-none-any.whl
    # hunt46b: pyvista 0.46's `CellType(IntEnum).__new__(cls, value, _cell_class=None, _short_doc='', ...)` builds
    # the members its body lists; calling `CellType(5)` looks one up: its parameters are no caller's
    ("pyvista", "0.45.3", "auto"): "a38109c67e47b46f8c7f31bdf5786e7265bea2785fbf469dd822f2e814c3bf1c",  # pyvista-0.45.3-py3-none-any.whl
    ("pyvista", "0.46.0", "auto"): "32b7e3ebf4d70e89aead52d46a24abbbd1e48564cf524f2f91efe5fa302b3f0f",  # pyvista-0.46.0-py3-none-any.whl
    # hunt46b: nilearn 0.10.0's `os.environ.setdefault("KMP_INIT_AT_FORK", "FALSE")` gave OpenMP a default, reading
    # nothing: 0.10.1 dropping it loses no variable a user sets
    ("nilearn", "0.10.0", "auto"): "a78df43e0d9dcea18ac3bc2e56e0683c7bfd98cd2dd17e1e134f3003ce464868",  # nilearn-0.10.0-py3-none-any.whl
    ("nilearn", "0.10.1", "auto"): "4528dc8c04465c0ad0d98168fc4460086ad4ea07dde789a44116d7f124b4b23d",  # nilearn-0.10.1-py3-none-any.whl
    # hunt46c: pyglet 2.1 traded `image`'s, `graphics`'s and `gl.wgl_info`'s `from pyglet.gl import *` for named
    # imports: ~7,800 GL names those modules had only passed on, all still in `pyglet.gl`, are no removal
    ("pyglet", "2.0.10", "auto"): "e10a1f1a6a2dcfbf23155913746ff6fbf8ea18c5ee813b6d0e79d273bb2b3c18",  # pyglet-2.0.10-py3-none-any.whl
    ("pyglet", "2.1.0", "auto"): "ed2ff5b9eeacf845d019f9768b01c811ebe167372dcb699146e59da2c4666e0b",  # pyglet-2.1.0-py3-none-any.whl
    # hunt46c: gpiozero 1.6's Python 2 `str = type('')` (and `nstr = str`) in every module is the builtin `str`:
    # 2.0 dropping them removes nothing
    ("gpiozero", "1.6.2", "auto"): "9af00b90d4fa775aa1fc023363e4aa5539844a5b0c461be5ced5cfabba364d99",  # gpiozero-1.6.2-py2.py3-none-any.whl
    ("gpiozero", "2.0", "auto"): "a103ff70c96f333841480fe1b1dbb8bc869438805ed291bf0b8bf7c95d3b915d",  # gpiozero-2.0-py3-none-any.whl
    # hunt46c: confuse 1.7's `STRING = str if PY3 else unicode` is `str` on Python 3: 2.0 dropping it removes nothing
    ("confuse", "1.7.0", "auto"): "f002a733b3a4c16f73a094fcca3c80715b66e0ec08000983dc755267e2bd069f",  # confuse-1.7.0-py2.py3-none-any.whl
    ("confuse", "2.0.0", "auto"): "3c6906a852926af89a0d83fa15a65b2859793ac4fcec61f31e2c1df59d2dead5",  # confuse-2.0.0-py3-none-any.whl
    # hunt46d: robot 7.5 moved `BuiltIn`'s `ROBOT_LIBRARY_SCOPE`/`_VERSION` class attributes into its own
    # `@library(scope="GLOBAL", version=...)` decorator, which sets them on the class: nothing was removed
    ("robotframework", "7.4.2", "auto"): "6e80f84cdc997bdde2abb6b729ac3531457ecf6d2e41abfb87a541877ab367bf",  # robotframework-7.4.2-py3-none-any.whl
    ("robotframework", "7.5", "auto"): "5a194db36524604fafa1da89adebc837db9a95adf15ffd746e09ce98251e6c68",  # robotframework-7.5-py3-none-any.whl
    # hunt46d: robot 7.2.2's `BuiltIn.should_contain_any(container, *items, **configuration)` pops its options before
    # `if not items: raise RuntimeError(...)`; 7.3 spells them out and opens with that guard: no call lost
    ("robotframework", "7.2.2", "auto"): "1cb4ec69d52aae515bf6037cee66a2a2d8dc3256368081c0f4b3d4578d40904e",  # robotframework-7.2.2-py3-none-any.whl
    ("robotframework", "7.3", "auto"): "68631cc3115760c00f2e4b2822636cbb4c242e1fd8671ce3e88021b3202556fe",  # robotframework-7.3-py3-none-any.whl
    # leftover46: pyzmq 27.2 rewrote `zmq/backend/__init__.pyi` (read because `__init__.py` fills `globals()` from a
    # backend) while the runtime classes in `zmq/backend/cython/_zmq.py` stayed: the stub's differences are no claims
    ("pyzmq", "27.1.0", "auto"): "ac0765e3d44455adb6ddbf4417dcce460fc40a05978c08efdf2948072f6db540",  # pyzmq-27.1.0.tar.gz
    ("pyzmq", "27.2.0", "auto"): "54d4259d1bfae24ecdb5ca79f7acc2eac6c286a02d6a0ae617797cb45f0726d3",  # pyzmq-27.2.0.tar.gz
    # leftover46: pytest-xdist 3.6's `WorkerInteractor.pytest_collection_modifyitems` (a plugin's hook implementation,
    # which pluggy calls with the arguments it names) dropped `session`: no call breaks
    ("pytest-xdist", "3.5.0", "auto"): "d075629c7e00b611df89f490a5063944bee7a4362a5ff11c7cc7824a03dfce24",  # pytest_xdist-3.5.0-py3-none-any.whl
    ("pytest-xdist", "3.6.0", "auto"): "958e08f38472e1b3a83450d8d3e682e90fdbffee39a97dd0f27185a3bd9074d1",  # pytest_xdist-3.6.0-py3-none-any.whl
    # leftover47: pyglet's `__init__.pyi` (read: `__init__.py` writes globals()) lists `Options`'s dataclass fields
    # without the defaults `__init__.py` gives each: 2.1's new `dpi_scaling` is no new required parameter (with 2.1.0)
    ("pyglet", "2.0.18", "auto"): "e592952ae0297e456c587b6486ed8c3e5f9d0c3519d517bb92dde5fdf4c26b41",  # pyglet-2.0.18-py3-none-any.whl
    # leftover47: arcade ships its example programs in `arcade.examples` (each a `__main__`-guarded or `arcade.run()`
    # script): 3.0's rewrite of them gave ~450 claims (`performance_statistics.Coin.angle` removed) about no API
    ("arcade", "2.6.17", "auto"): "eee7fcbb1384bf5964f4bb796d234896573045139cd297b0a482b63a9e905c2f",  # arcade-2.6.17-py3-none-any.whl
    ("arcade", "3.0", "auto"): "6c6515303813e2053d659af0ef0bb2bd83e43d04c9e21bd1c80cd17b21e59832",  # arcade-3.0-py3-none-any.whl
    # unread: yt-dlp's ~1,900 extractor classes each repeat the members they inherit from `InfoExtractor`, filling the
    # symbol cap: 2026.6.9 lost 82 extractor modules, unclaimed and (before) unmentioned (with 2026.3.17)
    ("yt-dlp", "2026.3.17", "auto"): "32992db94303a8a5d211a183f2174834fe7f8c29d83ed2e7a324eae97a8f26d8",  # yt_dlp-2026.3.17-py3-none-any.whl
    ("yt-dlp", "2026.6.9", "auto"): "442ba4c75724b9496144c8434b617962ee08d0ee7c26ec663848fe9b78d5a3e4",  # yt_dlp-2026.6.9-py3-none-any.whl
    # leftover48: a pluggy hook specification (`@hookspec`) gaining a parameter breaks no implementation (pluggy
    # hands each only the arguments it names): 4.0's `pytest_html_results_summary` gained `session`
    ("pytest-html", "3.2.0", "auto"): "868c08564a68d8b2c26866f1e33178419bb35b1e127c33784a28622eb827f3f3",  # pytest_html-3.2.0-py3-none-any.whl
    ("pytest-html", "4.0.0", "auto"): "79c4677ed6196417bf290d8b81f706342ae49f726f623728efa3f7dfff09f8eb",  # pytest_html-4.0.0-py3-none-any.whl
    # leftover48: a hook specification removed stays claimed (6.0 dropped `pytest_bdd_step_validation_error`)
    ("pytest-bdd", "5.0.0", "auto"): "c7cf12209606421f61f36b5dc63beccd0c82d29446c0592cf68af2dad0a9761d",  # pytest_bdd-5.0.0-py3-none-any.whl
    ("pytest-bdd", "6.0.0", "auto"): "49e45bd7dbe0fb88f4c2ee644be8f216cfa166958ac8187f67f56dbdf94c324f",  # pytest_bdd-6.0.0-py3-none-any.whl
    # leftover48 (a miss): 1.0.5's wheel ships only `redis_om/__init__.py`, whose `from .model import HashModel` finds
    # no module: `import redis_om` fails, so `HashModel`, `JsonModel`, `Field` ... are gone
    ("redis-om", "0.3.5", "auto"): "99ab40f696028ce47c5e2eb5118a1ffc1fd193005428df89c8cf77ad35a0177a",  # redis_om-0.3.5-py3-none-any.whl
    ("redis-om", "1.0.5", "auto"): "47fda93cf4dedc192edef88062f547d3a31efc79a02dc088531de28a0eeb702f",  # redis_om-1.0.5-py3-none-any.whl
    # lead49 (a miss): 1.0's `__init__.py` binds `stats`/`plots` from the new arviz_stats/arviz_plots distributions and
    # then `del`s them, where 0.23 had the subpackages `arviz/stats/`, `arviz/plots/`: both are gone
    ("arviz", "0.23.4", "auto"): "c46c7faf8a06abadc9b5b64000584062ecbc20c2298e2bd6dfba04bb01a684ca",  # arviz-0.23.4-py3-none-any.whl
    ("arviz", "1.0.0", "auto"): "8caf30516bb7e13c237d266e3d37c59531898a93db9e89c1f1bb9320699e97dd",  # arviz-1.0.0-py3-none-any.whl
    # leftover49: `PrefectBaseModel.dict(self, *args, ...)` handed `*args` only to pydantic's keyword-only `dict` and
    # `json` (beside `**kwargs`), so 2.17's `dict(self, **kwargs)` refuses no call that worked
    ("prefect", "2.16.9", "auto"): "ca351ef242d4133a8bc79849af30e8353764e8a307fb5efa6e0f22c759c73536",  # prefect-2.16.9-py3-none-any.whl
    ("prefect", "2.17.0", "auto"): "62750212930f39be0011a08c896be868045232736021db179e0ebf9e89e4ef87",  # prefect-2.17.0-py3-none-any.whl
    # hunt48a: joserfc 1.6's `RSAPSSAlgorithm` derives from `_RSAAlgModel`, whose `__init__` sets `self.recommended`,
    # and from `JWSAlgModel` (in the private `_rfc7515.model`), whose `recommended = False` the class still reads
    ("joserfc", "1.5.0", "auto"): "eaaded4f4c6717a761baa41b4067307d0c246b9d5e38acd44e80a332f5ddaf24",  # joserfc-1.5.0-py3-none-any.whl
    ("joserfc", "1.6.8", "auto"): "22fb31a69094a5e6f44632002a9df2c30c941fc6c8ce1b037e92c03de954cf9f",  # joserfc-1.6.8-py3-none-any.whl
    # hunt48a: aiohttp 3.11's `EmptyStreamReader.__init__` sets `self.total_bytes`, a `__slots__` entry of its base
    # `StreamReader`: the class still reads the slot's descriptor, no AttributeError
    ("aiohttp", "3.10.11", "auto"): "9dc2b8f3dcab2e39e0fa309c8da50c3b55e6f34ab25f1a71d3288f24924d33a7",  # aiohttp-3.10.11.tar.gz
    ("aiohttp", "3.11.18", "auto"): "ae856e1138612b7e412db63b7708735cff4d38d0399f6a5435d3dac2669f558a",  # aiohttp-3.11.18.tar.gz
    # hunt48c: 3.0 turned `languages.all.Language` from a NamedTuple into a Protocol whose `ENVIRONMENT_DIR` is a
    # read-only property: a namedtuple's fields were never assignable, so no "made read-only" claim
    ("pre-commit", "2.21.0", "auto"): "e2f91727039fc39a92f58a588a25b87f936de6567eed4f0e673e0507edc75bad",  # pre_commit-2.21.0-py2.py3-none-any.whl
    ("pre-commit", "3.0.4", "auto"): "9e3255edb0c9e7fe9b4f328cb3dc86069f8fdc38026f1bf521018a05eaf4d67b",  # pre_commit-3.0.4-py2.py3-none-any.whl
    # hunt48c: 2.23's `Architecture(Enum)` annotated `value: str`; 3.0's `Architecture(StrEnum)` members still have
    # `value` (an `enum.property`, which `hasattr` on the class denies): no member removed
    ("cibuildwheel", "2.23.4", "auto"): "2f4300e9709bff0a83fd89d88f418df2c8da69bf40c010aa4a4b80156be3fbd5",  # cibuildwheel-2.23.4-py3-none-any.whl
    ("cibuildwheel", "3.0.1", "auto"): "a8a1d9c30482ee6f1f3da8f8fa9221501558213a22ebfff1e3a6dafda8b05048",  # cibuildwheel-3.0.1-py3-none-any.whl
    # hunt48c: 5.13's `collect_dynamic_libs(..., search_patterns: [str] = ...)`, an informal `list[str]`, is 6.0's
    # `search_patterns: list`: no parameter type narrowed
    ("pyinstaller", "5.13.2", "auto"): "c8e5d3489c3a7cc5f8401c2d1f48a70e588f9967e391c3b06ddac1f685f8d5d2",  # pyinstaller-5.13.2.tar.gz
    ("pyinstaller", "6.0.0", "auto"): "d702cff041f30e7a53500b630e07b081e5328d4655023319253d73935e75ade2",  # pyinstaller-6.0.0.tar.gz
    # hunt48c: 2.1's `PasswordManager.keyring` and `.use_keyring` moved from `functools.cached_property` to the
    # release's `atomic_cached_property`, a function returning its `cached_property` subclass: still assignable
    ("poetry", "2.0.1", "auto"): "eb780a8acbd6eec4bc95e8ba104058c5129ea5a44115fc9b1fc0a2235412734d",  # poetry-2.0.1-py3-none-any.whl
    ("poetry", "2.1.4", "auto"): "0019b64d33fed9184a332f7fad60ca47aace4d6a0e9c635cdea21b76e96f32ce",  # poetry-2.1.4-py3-none-any.whl
    # hunt48c: 6.1's `testr_command._coverage_before` sets `os.environ['PYTHON']` and logs it back: no user's setting,
    # so 7.0 dropping the module reads no variable less
    ("pbr", "6.1.1", "auto"): "38d4daea5d9fa63b3f626131b9d34947fd0c8be9b05a29276870580050a25a76",  # pbr-6.1.1-py2.py3-none-any.whl
    ("pbr", "7.0.3", "auto"): "ff223894eb1cd271a98076b13d3badff3bb36c424074d26334cd25aebeecea6b",  # pbr-7.0.3-py2.py3-none-any.whl
    # hunt48c: 4.0's `get_env_var` reads `for environ_key in (f"TOX_{key_upper}", f"TOX{key_upper}")` for each option:
    # `TOXENV` and `TOX_SKIP_ENV` are still read
    ("tox", "3.28.0", "auto"): "57b5ab7e8bb3074edc3c0c0b4b192a4f3799d3723b2c5b76f1fa9f2d40316eea",  # tox-3.28.0-py2.py3-none-any.whl
    ("tox", "4.0.19", "auto"): "2a51d4fd98a93b24819abbe9327fd759d39da73fb13aec3da954e8cd11f902ff",  # tox-4.0.19-py3-none-any.whl
    # hunt48d: 0.14's `ia3`/`lora` `Conv2d(*args, **kwargs)` hand everything to the private `_ConvNd.__init__`, which
    # takes the old parameters: no parameter was lost (0.14's OFT rewrite stays claimed)
    ("peft", "0.13.2", "auto"): "d4e0951ec78eac11c45a051801c569913436888c578d48e5ce86996b715bc6ef",  # peft-0.13.2-py3-none-any.whl
    ("peft", "0.14.0", "auto"): "2f04f3a870c3baf30f15e7dcaa5dd70d3e54cfdd146d3c6c187735d3ae0a0700",  # peft-0.14.0-py3-none-any.whl
    # hunt48d: 4.0 keeps its six old `cross_encoder.evaluation.CE*` modules importable through a loop over a list,
    # `for module in deprecated_modules: sys.modules[module] = ...deprecated`
    ("sentence-transformers", "3.4.1", "auto"): "e026dc6d56801fd83f74ad29a30263f401b4b522165c19386d8bc10dcca805da",  # sentence_transformers-3.4.1-py3-none-any.whl
    ("sentence-transformers", "4.0.0", "auto"): "1c659efca2f6ae889f3e23aa245a2d3051a915c0f46d2e9f787d732041c15380",  # sentence_transformers-4.0.0-py3-none-any.whl
    # hunt48d: 6.0's `similarity` method was 5.7's property returning the function (`-> Callable[...]`) that
    # `model.similarity(a, b)` called
    ("sentence-transformers", "5.7.0", "auto"): "b78141da3d8137e70d965866e2ca43190b9266f3d4d8752e250ded75e7136730",  # sentence_transformers-5.7.0-py3-none-any.whl
    ("sentence-transformers", "6.0.0", "auto"): "b974ac67523ea2a955afa87b1024129305472bd884367dcc969261cb086790e9",  # sentence_transformers-6.0.0-py3-none-any.whl
    # hunt48d: 0.4's `ListSource`, `TreeSource`, `OptionList` dropped `__iter__` but index with `__getitem__(index)`,
    # which `for` falls back to
    ("toga-core", "0.3.1", "auto"): "42e118c4710b7fdbfdbc9cda3436c552d4ad2996352ea2e0f8bb7d19c513e3a1",  # toga_core-0.3.1-py3-none-any.whl
    ("toga-core", "0.4.0", "auto"): "1600a34ead43e0c18561f63f913ded81e8a67e49b83ac6496f8af31e1a48fb31",  # toga_core-0.4.0-py3-none-any.whl
    # hunt48d: 0.5 dropped `canvas.Fill.__exit__` beside an `__enter__` that always raised RuntimeError
    ("toga-core", "0.4.9", "auto"): "c96639daf71c97bf1db191e3dcd99660c44dfe2d567de006653796b9abd9d5cb",  # toga_core-0.4.9-py3-none-any.whl
    ("toga-core", "0.5.0", "auto"): "12e3930b2cc9a85d3cddb50cf16e22f3112b976bb920923b1d7445d0c00e084b",  # toga_core-0.5.0-py3-none-any.whl
    # hunt48d: 1.14's `from builtins import object` then `class Particle(object)`; 1.15's `class Particle()`
    ("asciimatics", "1.14.0", "auto"): "277fe925d0d7a029b35245cde01ead009b4a1336130543ace5c8821f38df1da7",  # asciimatics-1.14.0-py2.py3-none-any.whl
    ("asciimatics", "1.15.0", "auto"): "0fe068a6bed522929bd04bb5b8a2fb6ebf0aef1b7a9b3843cf71030a34bc38d5",  # asciimatics-1.15.0-py3-none-any.whl
    # hunt48d: 0.37's `utils/dummy_torch_and_transformers_objects.py` stand-ins, each `__init__(self, *args,
    # **kwargs)` only calling `requires_backends(...)`; 0.38 serves the real pipelines at their paths
    ("diffusers", "0.37.1", "auto"): "0537c0b28cb53cf39d6195489bcf8f833986df556c10f5e28ab7427b86fc8b90",  # diffusers-0.37.1-py3-none-any.whl
    # hunt48b: 6.0 renamed `Connection.channel(frame_buffer=)` to `frame_buffer_size=` and still builds
    # `Channel(..., frame_buffer=frame_buffer_size, **kwargs)`: the old keyword is passed twice, a rename, not a
    # parameter made keyword-only
    ("aiormq", "5.2.2", "auto"): "8576ff0a459813525eb5d7e1fe27c637dd73e428f62e3b3c33a9013aeb978ea8",  # aiormq-5.2.2-py3-none-any.whl
    ("aiormq", "6.0.0", "auto"): "50f202758a0f3a1743bea0284f0c960dfdd34b14478d9f2646b102b671f03d68",  # aiormq-6.0.0-py3-none-any.whl
    # hunt48b: thrift ships an sdist only, whose setup.py maps `package_dir={'thrift': 'src'}`: `src/Thrift.py` is
    # `thrift.Thrift`, not a top-level module `Thrift` (0.23 dropped `TType.UTF8`, claimed under the wrong path)
    ("thrift", "0.22.0", "auto"): "42e8276afbd5f54fe1d364858b6877bc5e5a4a5ed69f6a005b94ca4918fe1466",  # thrift-0.22.0.tar.gz
    ("thrift", "0.23.0", "auto"): "5f43448a92c36ed6a450048355d10e231a1787e4c28965f08fabac0eb978914c",  # thrift-0.23.0.tar.gz
    # hunt48b: 1.12's sdist is a maturin build (`[tool.maturin] python-packages = ["slixmpp"]`, `python-source = "."`)
    # beside `run_tests.py` and `itests/`, which no wheel installs; 1.13's setuptools lists `packages = ["slixmpp"]`
    ("slixmpp", "1.12.0", "auto"): "7469f6dcaf5742fd62e0e66ee447c5338a74520c1982a70784e7b790def2fdd5",  # slixmpp-1.12.0.tar.gz
    ("slixmpp", "1.13.0", "auto"): "f138aae4ad951815495965f580ef6728ead7ca0050d1098db7a39babce884e78",  # slixmpp-1.13.0.tar.gz
    # hunt48b: 0.4.8's `ExtensibleIntEnum` is an `enum.IntEnum`: `Code`'s own `name` property went, `enum.Enum`'s
    # `name` (a descriptor that raises when read on the class) serves every member as before
    ("aiocoap", "0.4.7", "auto"): "11fc3a72405a8d35914de0dd5f58c3b3193d249e5c0fcbb895d4225354b44e56",  # aiocoap-0.4.7-py3-none-any.whl
    ("aiocoap", "0.4.8", "auto"): "693b46624775557604b6f3e9fdcbc2c8f48e9d36ad612b435bcec2b64f0fc738",  # aiocoap-0.4.8-py3-none-any.whl
    # hunt48b: 4.3's `can.Bus` is a function `def Bus(...) -> BusABC`, `BusABC` imported from `can.bus`: the instances
    # it returns keep `recv`, `send`, `shutdown` ...; only the class itself (subclassing, isinstance) is gone
    ("python-can", "4.2.2", "auto"): "7eea9b81b0ff908000a825db024313f622895bd578e8a17433e0474cd7d2da83",  # python_can-4.2.2-py3-none-any.whl
    ("python-can", "4.3.0", "auto"): "545d8e464046a9b5dfff359682aa065d6fba6a4a348c1d79034005a28f2753b8",  # python_can-4.3.0-py3-none-any.whl
    # lead51: Django's `DeclarativeFieldsMetaclass` pops form fields from the class body into `declared_fields`:
    # 6.0's `SQLSelectForm` lost `sql`, `params`, ... as declared fields, never as class attributes
    ("django-debug-toolbar", "5.2.0", "auto"): "15627f4c2836a9099d795e271e38e8cf5204ccd79d5dbcd748f8a6c284dcd195",  # django_debug_toolbar-5.2.0-py3-none-any.whl
    ("django-debug-toolbar", "6.0.0", "auto"): "0cf2cac5c307b77d6e143c914e5c6592df53ffe34642d93929e5ef095ae56841",  # django_debug_toolbar-6.0.0-py3-none-any.whl
    # artifacts51: blacksheep 1.2.19 and 1.2.20 ship only CPython platform wheels (no sdist, no pure wheel): the
    # fallback takes the manylinux x86_64 one for the newest CPython, whose `.py`/`.pyi` files are read, its `.so` not
    ("blacksheep", "1.2.19", "auto"): "4353532b718e40b07b4879567357c4422e6381a5394cdfee66f791860c122dbe",  # blacksheep-1.2.19-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl
    ("blacksheep", "1.2.20", "auto"): "17bcf4fddd17768a45cacf3d88919fc81baa5ffc8811733052456c683d8225b4",  # blacksheep-1.2.20-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl
    # artifacts51: 2.4.6's pure wheel holds `blacksheep/baseapp.c` with a bad CRC-32; the `.c` is never read, so it is
    # never decompressed and the 2.5 client rewrite (blacksheep.scribe's writers gone) can be diffed
    ("blacksheep", "2.4.6", "auto"): "15844fa6588386eec0ebb06642e384dfe079b58916963cef12abc43588f6b896",  # blacksheep-2.4.6-py3-none-any.whl
    ("blacksheep", "2.5.1", "auto"): "046bceb9dbf5c8591eed0f1d8a0284131e948473921aecbf4593c56c64e89771",  # blacksheep-2.5.1-py3-none-any.whl
    # artifacts51: 2.72.0's wheel ships every package under `tritonclient-2.72.0.data/purelib/` (installed into
    # site-packages like the wheel's root), 2.73.0's at the root: 2.72.0 read as "no Python modules" before
    ("tritonclient", "2.72.0", "auto"): "431a03e8e7fc953a01d60fc9c81ba9b09281e271f68eecd51b2b29ca9e00f381",  # tritonclient-2.72.0-py3-none-any.whl
    ("tritonclient", "2.73.0", "auto"): "1f5cec19b0568e037ec4d716ae702984b3ab93e35f72b8f72c5135374dd2be9a",  # tritonclient-2.73.0-py3-none-any.whl
    # artifacts51: only platform wheels; both releases' `onnxruntime/backend/backend.py` open an `else:` block with the
    # comment `# type: ModelProto`, which `ast.parse(type_comments=True)` refuses: the module read as a SyntaxError
    ("onnxruntime", "1.20.1", "auto"): "bda6aebdf7917c1d811f21d41633df00c58aff2bef2f598f69289c1f1dabc4b3",  # onnxruntime-1.20.1-cp313-cp313-manylinux_2_27_x86_64.manylinux_2_28_x86_64.whl
    ("onnxruntime", "1.21.0", "auto"): "c1e704b0eda5f2bbbe84182437315eaec89a450b08854b5a7762c85d04a28a0a",  # onnxruntime-1.21.0-cp313-cp313-manylinux_2_27_x86_64.manylinux_2_28_x86_64.whl
    # hunt50b: 4.4's `tokenize.py` opens with `try: str = unicode / except NameError: pass` (Python 3 keeps the
    # builtin `str`), so `Token(str)` lost no base `unicode` in 4.5, nor did `Token.lstrip(self, *args)`, handing them
    # to `str.lstrip`, or `strip(*args)`, handing them to `self.lstrip`, refuse a call their `(chars=None, /)` takes
    ("chameleon", "4.4.4", "auto"): "5b84e4e3d1c0f4d96ec75cafbfe113b31956fbcd8f1bc008eb9da7b85b329061",  # Chameleon-4.4.4-py3-none-any.whl
    ("chameleon", "4.5.0", "auto"): "5649c79ffae85f953e989daa916192c0e6d0185d056d089d08b3a038c559af32",  # Chameleon-4.5.0-py3-none-any.whl
    # hunt50b: a maturin sdist whose `python-source = "python"` keeps `jellyfish/` under `python/`, beside the Rust
    # `src/`: the diff stopped with "no Python modules"
    ("jellyfish", "0.11.2", "auto"): "654f2b1543b9927c4429bd5d66f98d1f47e6eb9a4e56212e1907fb4eea258c5a",  # jellyfish-0.11.2.tar.gz
    # hunt50b: 2.13 no longer ships the top-level `encutils` module and requires the `encutils` distribution instead:
    # `import encutils` still works wherever cssutils 2.13 is installed
    ("cssutils", "2.11.1", "auto"): "a67bfdfdff4f3867fab43698ec4897c1a828eca5973f4073321b3bccaf1199b1",  # cssutils-2.11.1-py3-none-any.whl
    ("cssutils", "2.13.0", "auto"): "ed34d5669cc8f819549ea9cc17d5592ccbf35ef966846d16b5ff3cce3de8e698",  # cssutils-2.13.0-py3-none-any.whl
    # hunt50b: 5.18's `tatsu/__init__.py` runs `sys.modules.update({'tatsu.buffering': buffering, ...})`, `buffering`
    # being `tokenizing/buffer.py`: `import tatsu.buffering` still works, and what it holds is not read
    ("tatsu", "5.17.1", "auto"): "e71f2bea8408fe4e1d778269c5d4cd4b7b76bec466068e115db4cd57605592fb",  # tatsu-5.17.1-py3-none-any.whl
    ("tatsu", "5.18.0", "auto"): "011c880d52f60cba1e1cb9ce76a463192646508a3891a82b6c9aaa40239c5c99",  # tatsu-5.18.0-py3-none-any.whl
    # leftover51: setuptools-scm 10 reads SETUPTOOLS_SCM_HG_COMMAND and _IGNORE_VCS_ROOTS through vcs-versioning's
    # `EnvReader`, which joins the prefix "SETUPTOOLS_SCM" the release hands it to `read("HG_COMMAND")`
    ("setuptools-scm", "9.2.2", "auto"): "30e8f84d2ab1ba7cb0e653429b179395d0c33775d54807fc5f1dd6671801aef7",  # setuptools_scm-9.2.2-py3-none-any.whl
    ("setuptools-scm", "10.0.5", "auto"): "f611037d8aae618221503b8fa89319f073438252ae3420e01c9ceec249131a0a",  # setuptools_scm-10.0.5-py3-none-any.whl
    ("vcs-versioning", "2.6.0", "auto"): "f8bebd1302ebc12e67ceb30fc7dd698ec969414b6fa43b30c3f14ac9b1e72c41",  # vcs_versioning-2.6.0-py3-none-any.whl
    # leftover51: 2.0.6's `Node` only annotated `parent: Optional["Node"]`, nothing ever set it (nodes keep `_parent`):
    # `node.parent` raised AttributeError on 2.0.6 too, so 2.1 dropping the annotation removes no member
    ("omegaconf", "2.0.6", "auto"): "9e349fd76819b95b47aa628edea1ff83fed5b25108608abdd6c7fdca188e302a",  # omegaconf-2.0.6-py3-none-any.whl
    ("omegaconf", "2.1.0", "auto"): "a9c576639f66793c874e32d17138ecce7a57e132a4537d2b6dff899d6958f956",  # omegaconf-2.1.0-py3-none-any.whl
    # hunt50c: 0.16's `@dataclass class ValidationError` fields `messages`/`children = field(default_factory=...)`,
    # which dataclasses delete from the class, are 0.17's `self.` attributes: never readable on the class
    ("apischema", "0.16.6", "auto"): "b1ffcc19831fceb99c175ce53d81125bb46b8b22a019f4d8307f6d23f13e5647",  # apischema-0.16.6-py3-none-any.whl
    ("apischema", "0.17.5", "auto"): "958175d3a2608ff49d4e3ba01bde4888837f4efd7418e27770d2c4b79648b41d",  # apischema-0.17.5.tar.gz
    # hunt50c: 4.0's `ByteStore._setlsb0methods` classmethod sets `cls.__iter__ = cls._iter_msb0`, called on import
    # through `_switch_lsb0_methods(False)`: `ByteStore` still iterates
    ("bitstring", "3.1.9", "auto"): "0de167daa6a00c9386255a7cac931b45e6e24e0ad7ea64f1f92a64ac23ad4578",  # bitstring-3.1.9-py3-none-any.whl
    ("bitstring", "4.0.2", "auto"): "f93893791e8a6ecb02adcc5c191aaa964a06a9e1449e326cfb4f49ff5198e588",  # bitstring-4.0.2-py3-none-any.whl
    # hunt50c: 0.3's `JsonRef.replace_refs(cls, obj, _recursive=False, **kwargs)` recursed through
    # `cls.replace_refs(v, _path=..., **kwargs)` and built `cls(obj, **kwargs)`: 1.0 spelling out the constructor's
    # keywords removes none, and its dropped self-recursion is no hook subclasses lost
    ("jsonref", "0.3.0", "auto"): "9480ad1b500f7e795daeb0ef29f9c55ae3a9ab38fb8d6659b6f4868acb5a5bc8",  # jsonref-0.3.0-py3-none-any.whl
    ("jsonref", "1.0.1", "auto"): "010ca2752546309d8646cd743c64819c3e37bf710c07929bf9c1b409ee9ec6dd",  # jsonref-1.0.1-py3-none-any.whl
    # hunt50a: 8.0's `Widget.widgets` (a plain `widgets = {}` in 7.8) is decorated with the module's own
    # `_staticproperty`, a class with `__get__` and no `__set__`: assigning it still works, nothing became read-only
    ("ipywidgets", "7.8.5", "auto"): "8055fe314edd4c101a5f1ea230620ef5e315b0ca87f940264b4eac1faf9746ef",  # ipywidgets-7.8.5-py2.py3-none-any.whl
    ("ipywidgets", "8.0.7", "auto"): "e0aed0c95a1e55b6a123f64305245578bdc09e52965a34941c2b6a578b8c64a0",  # ipywidgets-8.0.7-py3-none-any.whl
    # hunt50a: 1.22's `holoviews.core` star-imports `data` (defining `Dataset`) then `operation`, whose
    # `from . import Dataset` takes the class back: `Dataset` was lost from every element's ancestors, so
    # `Area.range` & co. read `Dimensioned`'s signatures and 1.23 (explicit imports) seemed to change ~250 of them
    ("holoviews", "1.22.1", "auto"): "6f4f0656336035cde1d8103ac6461d7c8ac9a60c4a6d883785cc81f2cc5b8702",  # holoviews-1.22.1-py3-none-any.whl
    ("holoviews", "1.23.2", "auto"): "0742d9d1dbc645611f04f8b948558febf556f712872a1e5bc96c37790722e6ca",  # holoviews-1.23.2-py3-none-any.whl
    # hunt50a: 1.3 turned `rasterio/crs.py` into the Cython `crs.pyx` (the sdist is what is read): the module is
    # compiled, not gone; 1.3's deprecated `rasterio.path` really lost `Path` & co.
    ("rasterio", "1.2.10", "auto"): "6062456047ba6494fe18bd0da98a383b6fad5306b16cd52a22e76c59172a2b5f",  # rasterio-1.2.10.tar.gz
    ("rasterio", "1.3.11", "auto"): "47aa70b4718ebc80d825bb7db3127577d74e31c53048ce215145c0baf530ece9",  # rasterio-1.3.11.tar.gz
    # hunt50d: 1.7's `@operation` wrapper sets `kwargs['state']` and `kwargs['host']` itself, so the operations'
    # `state=None, host=None` parameters never took a positional argument: 2.0 dropping them (the wrapper still takes
    # them by keyword) made nothing keyword-only, nor moved `files.line`'s `assume_present`
    ("pyinfra", "1.7.3", "auto"): "de4094342b7c5cee0a81987632b6895ce492a570501ad01d99adcb61aa52a9db",  # pyinfra-1.7.3-py2.py3-none-any.whl
    ("pyinfra", "2.0", "auto"): "0cb64979da1bbecc27591a108585b126a75bc463bd69cddb5f1aa4068d0c2438",  # pyinfra-2.0-py2.py3-none-any.whl
    # lead53: 1.3's `CSRFProtect.init_app` registers a `before_request` handler that calls `self.protect(
    # apply_exemptions=...)`: calling `init_app` never makes that call, so no snippet through it is a witness
    ("flask-wtf", "1.2.2", "auto"): "e93160c5c5b6b571cf99300b6e01b72f9a101027cab1579901f8b10c5daf0b70",  # flask_wtf-1.2.2-py3-none-any.whl
    ("flask-wtf", "1.3.0", "auto"): "dc5e3a4ce97f75c47bf6c1c72ad2c3b7bdf579a2ed13aebcc5d3d81fe2571160",  # flask_wtf-1.3.0-py3-none-any.whl
    # hunt52c: 8.3.3 wrote `PageCompiler.split_metadata() -> Tuple[str, str]` where 8.3.1 said `-> (str, str)`, a tuple
    # display (no type): the same pair, no return type changed
    ("nikola", "8.3.1", "auto"): "912ea1b4ec73d77e8a9c71b32b1412f409b21686d2762c58292479d4e3208bdb",  # Nikola-8.3.1-py3-none-any.whl
    ("nikola", "8.3.3", "auto"): "cf01deb90e7062912cd96029fc477a41686bcd5bb1452f101c999f777fcc181a",  # nikola-8.3.3-py3-none-any.whl
    # hunt52c: 3.0's `plugins.table.parse_table(block, m, state)` was `parse_table(self, m, state)` in 2.0, a function
    # `register_rule` bound as `method(self, m, state)`: its first value always came by position, `self=` never
    ("mistune", "2.0.5", "auto"): "bad7f5d431886fcbaf5f758118ecff70d31f75231b34024a1341120340a65ce8",  # mistune-2.0.5-py2.py3-none-any.whl
    ("mistune", "3.0.0", "auto"): "32eaf3c092715730f754903698c99cba8474606f66c72c393ebb7f1dfa5c8c48",  # mistune-3.0.0-py3-none-any.whl
    # hunt52c: 3.3's `JournalAdapter.end_property -> str` only ever did `return None`; 3.4 annotating it `-> None`
    # changed nothing its readers got
    ("recurring-ical-events", "3.3.4", "auto"): "24f8c11687e480ed90e84ee8dc8dc8920241476abe0450bd55606bac894414b1",  # recurring_ical_events-3.3.4-py3-none-any.whl
    ("recurring-ical-events", "3.4.0", "auto"): "a91c2de4350dc5da99ba3bad27232ea63f3ad2e2f22e9466718d770cb9a59317",  # recurring_ical_events-3.4.0-py3-none-any.whl
    # lead54: modules written for a newer Python than the one running (3.14's `except A, B:` in hass-nabucasa 2.0, 3.12's
    # `type X = ...` in pysmartthings 3.0's models.py) are read, not skipped: their changes are seen
    ("hass-nabucasa", "1.15.0", "auto"): "395d243052d263db2bf14a35df97773487ac62c608557b24cbab4258ce82afc5",  # hass_nabucasa-1.15.0-py3-none-any.whl
    ("hass-nabucasa", "2.0.0", "auto"): "c1c9d26c964410c8785653b4ad9d863d3d2cca52ff1b6ca1b24de0ee180bb83c",  # hass_nabucasa-2.0.0-py3-none-any.whl
    ("pysmartthings", "3.0.0", "auto"): "65e42ca868c7f8b8ad5b2c05e0cf665b2d716dfbac8de71f7b7f5b1474ac501c",  # pysmartthings-3.0.0-py3-none-any.whl
    # lead54: 2.0's module `__getattr__` warns "`zigpy.quirks.{name}` is deprecated, import `{attr}` from
    # `{module_path}` instead", the last two looked up in a table of tuples: the message keeps its known clause
    ("zigpy", "1.6.0", "auto"): "24d7cd4a8cf91b7109d1e3dde3218759cdab0b05b8c418c22d696ede3b9e677d",  # zigpy-1.6.0-py3-none-any.whl
    ("zigpy", "2.0.0", "auto"): "f861970db86c86f63f18799a0551bb0a8e8a924709e2938645ad564601cd7eec",  # zigpy-2.0.0-py3-none-any.whl
    # hunt52c: 3.0's `try: TimeStamp = Optional[date | datetime] / except: pass`, `date` imported by none of the three
    # modules: the NameError is swallowed, `TimeStamp` never existed for 3.1 to remove
    ("caldav", "3.0.2", "auto"): "58ef50babbfc0feace239008c58e10e4b34acc2df7f2f2e1bec8126f79e8bd80",  # caldav-3.0.2-py3-none-any.whl
    ("caldav", "3.1.0", "auto"): "9d6713f75273bc82f58e2fb7684ecb8196f09ee309609d36577c1c5eec22152b",  # caldav-3.1.0-py3-none-any.whl
    # hunt52d: 0.7's `@params_aliased([("distmat", "distance_matrix", "0.7.0", False)])` renames the old keywords into
    # the new parameters (`kwargs[param] = kwargs.pop(alias)` in a loop over the pairs): `pcoa(distance_matrix=...)`
    # still works; `@register_aliases` sets computed names on `TreeNode`, whose `subtree` really went
    ("scikit-bio", "0.6.3", "auto"): "f06cc87a1823902906821819e66f7cd704563a9f8cdf6720296a42dcbc2fe1c2",  # scikit-bio-0.6.3.tar.gz
    ("scikit-bio", "0.7.0", "auto"): "771093ebfd154f02b9d88dcf81997737ce804e384bb3ab1cd389dfc60d566d11",  # scikit_bio-0.7.0.tar.gz
    # hunt52d: 7.0's level editor calls `.save(..., max_decimals=4)` on a `Pipe(...)` it has just stored in
    # `RotationGizmo.model`: no user's `Mesh.save` override is reached; `Mesh.indices` really became read-only
    ("ursina", "6.1.2", "auto"): "7dcf298ef558b0c31f27ce793f53bdada82c124989613df2ecc65a05effff3a5",  # ursina-6.1.2-py3-none-any.whl
    ("ursina", "7.0.0", "auto"): "f80a8ee84c299b835075d37780fd4607bd20cf85f9dacc59376d9535b51bb7c3",  # ursina-7.0.0-py3-none-any.whl
    # hunt52d: 8.0's `@generate_properties_for_class()` turns `Texture.width_getter` & co. into properties
    # (`setattr(cls, name, property(...))`): `Texture.width` is still there; `ursina.rigidbody` really went
    ("ursina", "8.0.0", "auto"): "daf7d9adbdcd2c29ad5c65c2e07204193586fad293467a1b74ab14ded2bb69ee",  # ursina-8.0.0-py3-none-any.whl
    # hunt52a: 2.0's packages hold numpy.distutils build scripts (`pmdarima/arima/setup.py` defining `configuration()`),
    # 2.1 builds with meson and ships none: no module anyone imports went; 2.0's `version_path` really did
    ("pmdarima", "2.0.4", "auto"): "b87f9d9f5b7dc2ddbd053687c2264e26ac98fd4118e843c7e9bc3dd7343e5c1a",  # pmdarima-2.0.4.tar.gz
    ("pmdarima", "2.1.0", "auto"): "7e648dc6d8d3c2529fcf395f10f2c903b204e6c0013a19acd7783f8ec160f87d",  # pmdarima-2.1.0.tar.gz
    # hunt52a: 1.1's plain modules bind torch's objects through `_safe_import("torch.utils.data.Dataset")` or under
    # `if _check_soft_dependencies("torch")`, with an empty stand-in class in the `else:`; 1.2 imports them inside
    # functions: no name of sktime's went, while the classes it defined at module level and dropped really did
    ("sktime", "1.1.0", "auto"): "6af5430777aa56aa85b2a5c1c5363e7f4a468f666737aaf178ae3f941c3dd6c4",  # sktime-1.1.0-py3-none-any.whl
    ("sktime", "1.2.0", "auto"): "dbffc6731d2d683b668dceb5e2bbc5804bebc8446b4c580803a281684d90e4ae",  # sktime-1.2.0-py3-none-any.whl
    # hunt52a: 1.0 flattened `transformations.panel` and `.series` into `transformations`, and keeps both names
    # importable with `for _module in _MODULES_FLATTENED: sys.modules[f"{__name__}.{_module}"] = ...`
    ("sktime", "0.40.1", "auto"): "130bb0c39ca4377e491c4dfa64c8ac67c3de2660dd406dd7690db6a8ac349c4e",  # sktime-0.40.1-py3-none-any.whl
    ("sktime", "1.0.0", "auto"): "8b92a19bd8ffd0569e787e08fb9feb17af1200b06cba842b31af33494fb4fb20",  # sktime-1.0.0-py3-none-any.whl
    # leftover53: 0.15's `@deprecate_kwargs({"coercion": "coerce", ...})` ends its decorator in an if/else and returns
    # `cast(Func, wraps(func)(wrapper))`: the old keywords still work (with a DeprecationWarning); `tp=` really broke
    ("apischema", "0.14.7", "auto"): "01e20de70efa4885af918b9ce1ceaacc1952897624311512395a4bb379921571",  # apischema-0.14.7-py3-none-any.whl
    ("apischema", "0.15.9", "auto"): "9d75853f80f654dfa978f56e472194b3036c4304ad93c7e7d6a3711a4360c493",  # apischema-0.15.9-py3-none-any.whl
    # leftover53: 3.0.1's `MondoReport.Summary.variance` & co. called `raiseNotImplementedError()`, bound nowhere:
    # every call raised NameError already, so 3.1's `raise NotImplementedError()` broke no call that worked
    ("cheetah3", "3.0.1", "auto"): "53348a1c76ffab3f461722a8a4ee7e9aa75384e3ec84d83763f7bc394519f815",  # Cheetah3-3.0.1.tar.gz
    ("cheetah3", "3.1.0", "auto"): "293f8776a5dea7c3dffd26fce8495c2daf912b9cb46cc49c41cb50da597a0ac6",  # Cheetah3-3.1.0.tar.gz
    # hunt52b: 2.1 annotated `protocol: int` as `protocol: MQTTProtocolVersion`, an `enum.IntEnum`: the ints callers
    # passed are still what the code compares it with, no narrowing; 2.0's own `Client(callback_api_version)` is real
    ("paho-mqtt", "2.0.0", "auto"): "2ef745073dfc9aa68bfec30d0b9b6f0304ea75182bae85a7c77a80cefce1eff5",  # paho_mqtt-2.0.0-py3-none-any.whl
    ("paho-mqtt", "2.1.0", "auto"): "6db9ba9b34ed5bc6b6e3812718c7e06e2fd7444540df2455d2c51bd58808feee",  # paho_mqtt-2.1.0-py3-none-any.whl
    # hunt52b: `nmap/test_nmap.py`, shipped in the package, is a nose test file (`from nose.tools import ...`): its
    # `test_port`, renamed `test_ports` in 0.7.1, is test code, no API
    ("python-nmap", "0.6.4", "auto"): "5d4bced024ca5defc57531be0fca7bf8158a99c330f42373354ea776d2117804",  # python-nmap-0.6.4.tar.gz
    ("python-nmap", "0.7.1", "auto"): "f75af6b91dd8e3b0c31f869db32163f62ada686945e5b7c25f84bc0f7fad3b64",  # python-nmap-0.7.1.tar.gz
    # hunt52b: 0.15 added `limit_bw` to `SCPClient.__init__` but left its PEP 484 type comment at six types: a stale
    # comment types nothing (mypy rejects it), read from the right it made `socket_timeout: float` an `int`
    ("scp", "0.14.5", "auto"): "d224535dd8ed00294f52b0e0e18fde7a6fb7a3d06b97ede9e3f750fa7bf75c09",  # scp-0.14.5-py2.py3-none-any.whl
    ("scp", "0.15.0", "auto"): "9e7f721e5ac563c33eb0831d0f949c6342f1c28c3bdc3b02f39d77b5ea20df7e",  # scp-0.15.0-py2.py3-none-any.whl
    # hunt54a: 7.3 spelled out the keywords of `ProcessLimits(**kw)`, whose old body popped them in a loop over the
    # class's `_LIMITS` and refused the rest, and of `trycmd(*args, **kwargs)`, whose `**kwargs` went to `execute`,
    # which popped its options and refused the rest: no keyword that worked was lost
    ("oslo.concurrency", "7.2.0", "auto"): "9bf8953572ba8755aaec6f0bcca6ee2a5e9128bef1827da5f49caa78caf71fae",  # oslo_concurrency-7.2.0-py3-none-any.whl
    ("oslo.concurrency", "7.3.0", "auto"): "69432af8060b683036e8d4a4a22d4c6d6f9eb20ae3758f8a45c2d0bb5a519373",  # oslo_concurrency-7.3.0-py3-none-any.whl
    # hunt54a: 5.7's `RequestContext.user_id = _moved_property('_user_id')` (a module function returning
    # `property(getter, setter, deleter)`) is a property; 6.0 sets `self.user_id` in `__init__`: no value was read on
    # the class. The deprecated `user`, `domain`, ... properties 6.0 removed stay claimed
    ("oslo.context", "5.7.1", "auto"): "947ff5e97d026e957fa1db190583a730f96bfafbcbf19c3faa07be63849e9ba3",  # oslo.context-5.7.1-py3-none-any.whl
    ("oslo.context", "6.0.0", "auto"): "fe0889a64441d3c76483e3696700e423ec3fc1865c15217b9c977204d8365c2d",  # oslo_context-6.0.0-py3-none-any.whl
    # hunt54b: 4.9's `PersistentMapping.setdefault(self, key, *args, **kwargs)` handed them to
    # `self.__super_setdefault`, a class attribute holding `IterableUserDict.setdefault` (`collections.UserDict`'s,
    # taking `key, default=None`): 5.0 spelling out `default=None` removes nothing
    ("persistent", "4.9.3", "auto"): "a6215221feb3955d485fa90c7bcec4fb29650ce39ca3d0c1126710392e0dc2dc",  # persistent-4.9.3.tar.gz
    ("persistent", "5.0", "auto"): "871e63c52131160795cdc8e9c3dd313f86e0dff34c151c98dcd9123c6d8ce673",  # persistent-5.0.tar.gz
    # hunt54b: 3.0 turned `zc/buildout/tests.py` into the folder `zc/buildout/tests/`, which the walk skips as the
    # package's tests: `import zc.buildout.tests` still works; 3.0's `call_easy_install` removal is real
    ("zc.buildout", "2.13.8", "auto"): "0433a950d76be3d17d8cef877d623675c6bdb9d5f8d290771a5ed5f2c5b3e9cf",  # zc.buildout-2.13.8-py2.py3-none-any.whl
    ("zc.buildout", "3.0.0", "auto"): "5acc213b800997985cda6f3b16509a9c677142accc5fd76f6ec4498e5d328b13",  # zc.buildout-3.0.0-py2.py3-none-any.whl
    # hunt54b: `ZEO/asyncio/tests.py` holds unittest classes named `ClientTests`, `FutureTestsBase` (and variants such
    # as `MsgpackClientTests(ClientTests)`): test code, whose changes in 6.0 are no public break; 6.0's removal of
    # `ZEO.hash` and of `credentials` from `ZEO.asyncio.client.ClientThread` are real
    ("ZEO", "5.4.1", "auto"): "db8c7c65040aceb41418d1cb557b65e2a9c459898166851b2130a5d2233c18f7",  # ZEO-5.4.1-py2.py3-none-any.whl
    ("ZEO", "6.0.0", "auto"): "4fd6569e00a6f9c91fdfe7d917887666893252be7c0a6e4afc3901ef8d4b4ae5",  # ZEO-6.0.0-py3-none-any.whl
    # hunt54c: 0.18 regenerated its `_pb2.pyi` stubs with mypy-protobuf 4, which spells the type-checker-only aliases
    # `global___X = X` as `Global___X`: names the `_pb2.py` files never bound (120 false "class removed")
    ("pyatv", "0.17.0", "auto"): "39d4000f19ab402808a7a098d4bc1d0f92959542b2d4c40a138be5b5832f4f8f",  # pyatv-0.17.0-py3-none-any.whl
    ("pyatv", "0.18.0", "auto"): "3df6af5679eea809ff17954cf9f5d33c7e5ed5a8d1c90fa14090a0425ce5cd8a",  # pyatv-0.18.0-py3-none-any.whl
    # hunt54c: 6.2's `roborock/devices/traits/a01/__init__.py` bound `__init__ = [...]` (for `__all__`), fixed in 7.1:
    # every module object has `__init__` through `types.ModuleType`, so the name was never lost
    ("python-roborock", "6.2.1", "auto"): "de2bdb07dbfd6a15045e3543a2a904368df5ef3dcdba9bbba85cb37a4b43c483",  # python_roborock-6.2.1-py3-none-any.whl
    ("python-roborock", "7.1.1", "auto"): "a7a54fee3c0be3540364726b73b6fffaebf6d6cee33b33696282e316b0b725b8",  # python_roborock-7.1.1-py3-none-any.whl
    # leftover54: scikit-bio 0.6.0's `faith_pd(counts, taxa=None, tree=None, validate=True, otu_ids=None)` sets
    # `taxa = _check_taxa_alias(taxa, tree, otu_ids)`: 0.5.9's positional `otu_ids` now lands in `taxa`, which the
    # helper resolves from either name (no move)
    ("scikit-bio", "0.5.9", "auto"): "7ae044dc8bee231900248adc3a8659077e76140d56ac9f42bd01fb7981014910",  # scikit-bio-0.5.9.tar.gz
    ("scikit-bio", "0.6.0", "auto"): "10105a7c3c15ae5910244927f29ba7aa35234b19ebe6513b8484547343b2c10f",  # scikit-bio-0.6.0.tar.gz
    # leftover54: ipykernel 6.31's `ZMQShellDisplayHook.parent_header = Dict({})`, a traitlets trait its own
    # `set_parent` assigns on `self`, became a property without a setter in 7.0 (a miss: call-made, it was unknown)
    ("ipykernel", "6.31.0", "auto"): "abe5386f6ced727a70e0eb0cf1da801fa7c5fa6ff82147747d5a0406cd8c94af",  # ipykernel-6.31.0-py3-none-any.whl
    ("ipykernel", "7.0.0", "auto"): "28793cecaa6a669e3be80eb6d24803202388b6a955929b0a4e13404d8c92062b",  # ipykernel-7.0.0-py3-none-any.whl
    # leftover54: dendropy 4.5.2's `TreeArray.append(tree, ...)` and `insert(index, tree, ...)` had no `self` yet
    # opened with `return self.add_tree(...)`: every call raised NameError, so 4.6 adding `self` broke no call
    ("dendropy", "4.5.2", "auto"): "3e5d2522170058ebc8d1ee63a7f2d25b915e34957dc02693ebfdc15f347a0101",  # DendroPy-4.5.2.tar.gz
    ("dendropy", "4.6.0", "auto"): "c4361b8348ca7d787e827f544888bf5ed034d62a4ea4473e40f0a9ad67039964",  # DendroPy-4.6.0-py3-none-any.whl
    # hunt54d: 0.80's `Colors(str, Enum, metaclass=DeprecatedEnumMeta)` dropped `BLACK12` & co. for `BLACK_12`, and
    # its metaclass's `__getattr__` answers the old names (with a DeprecationWarning): `Colors.BLACK12` still works;
    # enums without such a metaclass (`NotchShape.AUTO`) really lost their members
    ("flet", "0.28.3", "auto"): "649bfc4af7933956ecf44963df6c0d997bff9ceeaf89d3c86d96803840cab83e",  # flet-0.28.3-py3-none-any.whl
    ("flet", "0.80.0", "auto"): "06cf3bef89c6448c5ae285a5bfba4af23ce67897293ea4552a6f6f546f485916",  # flet-0.80.0-py3-none-any.whl
    # hunt54d: 7.9's regenerated enums spell their members in upper case (`AccessRights.LISTEN`, was `listen`) under
    # azure-core's `CaseInsensitiveEnumMeta`, whose `__getattr__` answers `name.upper()`: `AccessRights.listen` works
    ("azure-servicebus", "7.8.3", "auto"): "5b06f0ec8b49d732fef823737b8d6c6c688a7ceba8f195c6ab18601f88218f49",  # azure_servicebus-7.8.3-py3-none-any.whl
    ("azure-servicebus", "7.9.0", "auto"): "b56758779384865fcb0e75568e56a1e85d1fce2a6e3ce827c2349ad44936e49a",  # azure_servicebus-7.9.0-py3-none-any.whl
    # lead55: 3.0's `pyproj.proj` no longer imports `proj_version_str` (lost), but the package still binds it, from
    # `pyproj.transformer`, whose `__all__` hides it: `from pyproj import proj_version_str` still works
    ("pyproj", "2.6.1", "auto"): "52556f245f1112f121091937b47738d1fbcbd0f13be6fb32689de31ab0975d24",  # pyproj-2.6.1.tar.gz
    ("pyproj", "3.0.0", "auto"): "539e320d06e5441edadad2e2ab276e1877445eca384fc1c056b5501453d433c2",  # pyproj-3.0.0.tar.gz
    # hunt55a: 0.54's Keysight parameters only annotate `self.instrument: ...` in `__init__` (binding nothing): the
    # read-only `ParameterBase.instrument` property was what instances had, so 0.55 dropping the annotation made
    # nothing read-only; `CommandList.append` renaming `obj` stays claimed
    ("qcodes", "0.54.4", "auto"): "29df1dfe9b84ae38c03342eb035e7c0523ff3824a51ff45c858cbb04212a7162",  # qcodes-0.54.4-py3-none-any.whl
    ("qcodes", "0.55.0", "auto"): "e5b4db0c498020b765821221cca7c50b5194f365a511b65f466c819af33acd38",  # qcodes-0.55.0-py3-none-any.whl
    # hunt55a: 0.17's `StandardDetector.trigger` is an async generator under `@WatchableAsyncStatus.wrap` (declared
    # `-> Callable[P, WatchableAsyncStatus[T]]`, a status with `__await__`), as 0.16's `async def` under
    # `@AsyncStatus.wrap`: both give awaitables
    ("ophyd-async", "0.16", "auto"): "017d837767b63cdc20af1851275495b6bb0db195a887e0bd989dc7a17e0f0c79",  # ophyd_async-0.16-py3-none-any.whl
    ("ophyd-async", "0.17", "auto"): "8f4944c348da3086ccfa316b4a68166bdda6a467be5ab6ac51fd13e7f2e91342",  # ophyd_async-0.17-py3-none-any.whl
    # hunt55a: the only call of `Subscription.start(start=0)` is in the shipped `tiled/_tests/test_subscription.py`,
    # no evidence that the release calls users' overrides with `start`
    ("tiled", "0.1.0b39", "auto"): "74260b7bc1358765cdec979fb06d8c86be4b1a1ee6d88815256d977c14a922ec",  # tiled-0.1.0b39-py3-none-any.whl
    ("tiled", "0.1.0", "auto"): "0bde417441fc8204ed6c4f92a3789fb323ed1858dc3f21401a38fdcfbdda5b4d",  # tiled-0.1.0-py3-none-any.whl
    # hunt55a: 0.6's `TCPIPInstrSession.__new__` hands back a `TCPIPInstrVxi11` or `TCPIPInstrHiSLIP`: the attributes
    # 0.5.3's class only declared (`client_id: int`) and its `close` made abstract are no loss
    ("pyvisa-py", "0.5.3", "auto"): "9f876de5945560421424c62b7880f328b59530fac6fbcbe604ae71646632b331",  # PyVISA_py-0.5.3-py3-none-any.whl
    ("pyvisa-py", "0.6.0", "auto"): "669a5a3739e4e554791315080f2c925712aae4feadab34824767d00f7d2b678e",  # PyVISA_py-0.6.0-py3-none-any.whl
    # hunt55b: cirq ships its tests as `x_test.py` beside each module `x.py`, run by pytest's plain `assert`s with no
    # import of pytest; 1.0 dropped the deprecation tests (`noise_properties_test.test_deprecated_virtual_predicate`),
    # 1.4 a constant of `has_stabilizer_effect_protocol_test.py`, which defines 12 helper classes for its 5 tests
    ("cirq-core", "0.15.0", "auto"): "29f1904a3ea6e6922015d4a435b8551ace4a5efec736361e83546a988db2e2bb",  # cirq_core-0.15.0-py3-none-any.whl
    ("cirq-core", "1.0.0", "auto"): "a1df552e99ab339121c40c7bf4d18ba542bba151dd8b5ac8c4c33b7b9d46ba10",  # cirq_core-1.0.0-py3-none-any.whl
    ("cirq-core", "1.3.0", "auto"): "d46771ddf4adb0867d3fb6da8c4484b73bada5bfaa58c19e2444aa8838270fd9",  # cirq_core-1.3.0-py3-none-any.whl
    ("cirq-core", "1.4.0", "auto"): "ad68e5a420fc4cf3ad76a0c1bdf3a1fcf21daede8236b850542220cb81504a20",  # cirq_core-1.4.0-py3-none-any.whl
    # hunt55b: 5.2's solvers hand `**kwargs` to `_solver_deprecation(kwargs, options, solver="me")`, which takes
    # `progress_bar` from every solver, `verbose` only `and solver == "br"`, and raises at `"m_ops" in kwargs`; 5.3
    # dropped it: `mesolve(..., verbose=True)` always raised TypeError, `progress_bar=` really stopped working
    ("qutip", "5.2.3", "auto"): "a095df67f0afafa5db8ee67c342580de3fbfa0259320c9572ff820f51029baae",  # qutip-5.2.3.tar.gz
    ("qutip", "5.3.0", "auto"): "ab782e4c8e38c0d5d4221f2ffe4d8fc6887f83e039b3e5776e87dfbb1deee1c3",  # qutip-5.3.0.tar.gz
    # hunt55c: 2.9's `PartialMessage` body binds `jump_url: str = Message.jump_url` (a property) and is reached before
    # `Message` itself: building its member raised KeyError('disnake.message.Message'), so the diff failed
    ("disnake", "2.8.2", "auto"): "80ae51b64fa44b4aa6f593febc6295355da414f474484d64dc6faef6dcc74f64",  # disnake-2.8.2-py3-none-any.whl
    ("disnake", "2.9.0", "auto"): "0dcc1c4e4194e665254ad5533fc78563664ad267261489f6b4fa8e9ea8fcdc79",  # disnake-2.9.0-py3-none-any.whl
    # hunt55c: 2.4's `fetch_pins()`, an `async def` in 2.3, is a plain def returning `LazyIterator[PinnedMessage]`,
    # whose class defines `__await__`: `await channel.fetch_pins()` still works (4 false "no longer a coroutine")
    ("hikari", "2.3.5", "auto"): "8ee60cbecaef34f77977d8bc7f707bf034c2b04f2c480e081d66e1943a6cdab6",  # hikari-2.3.5-py3-none-any.whl
    ("hikari", "2.4.0", "auto"): "a0a7be0d7e3ecfbbb7c98ac7a50831b7a3c8447aafee56ccd4a953815e208d1b",  # hikari-2.4.0-py3-none-any.whl
    # hunt55c: 3.0 dropped the `discord` shim, the only importer of `nextcord/ext/` (no `__init__.py`, holding the
    # packages `commands/`, `tasks/`): the folder read as package data, so `nextcord.ext` was claimed removed and
    # every change of `nextcord.ext.commands` went unseen
    ("nextcord", "2.6.0", "auto"): "ccf461157be682cbceaa474e8df4afa302351b8d6ced632f9ccb7aa647b092e7",  # nextcord-2.6.0.tar.gz
    ("nextcord", "3.0.0", "auto"): "5eb3c8b7af0d6bef35d06a40c5671839e938c5dd01377084352ed29879a5309a",  # nextcord-3.0.0-py3-none-any.whl
    # hunt55d: together 3.0 turned `AsyncEndpointsResource.list` from `async def` into a plain def returning the
    # private `_base_client.AsyncPaginator[...]`, whose `__await__` still serves `await client.endpoints.list()`
    # (claimed "no longer a coroutine function"); the pair's parameter removals stay claimed
    ("together", "2.42.0", "auto"): "ed6e618f9f89a78222ce3cdaa2bcd7b7606f861a85473910e8fdf8bfaad31050",  # together-2.42.0-py3-none-any.whl
    ("together", "3.0.0", "auto"): "13458c58200fb10034bfe7463a95c0a99b9dcedb592e9ebc16e3e708f402066b",  # together-3.0.0-py3-none-any.whl
    # hunt55d: AutoRest's `try: from ._models_py3 import X / except (SyntaxError, ImportError): from ._models import X`
    # (Python 2's `X(**kwargs)`) in 11.3, only `_models_py3` in 11.4: 50 models were claimed "new required parameter"
    # that `_models_py3`, what Python 3 imports, already required; the `odata` removal stays claimed
    ("azure-search-documents", "11.3.0", "auto"): "0dcbd6b04c6eac97748124c00dcf1b14393fdffb4eb168eea55c9c47061362c5",  # azure_search_documents-11.3.0-py3-none-any.whl
    ("azure-search-documents", "11.4.0", "auto"): "e435266dc992a3450dc475309c9475f89a4bb0e9dac838140e609d9f1c7608ac",  # azure_search_documents-11.4.0-py3-none-any.whl
    # hunt55d: GAPIC's `if hasattr(api_core, "check_python_version"): ...` / `else: def parse_version_to_tuple(...)`
    # (a helper for an older google-api-core, left out of `__all__`) dropped in 2.27: claimed removed in each
    # versioned package
    ("google-cloud-datastore", "2.26.1", "auto"): "a17c21ac0a8dc634625eb2c61b1997ccf86c05b3b79f2ea047d538b6cb82f6f5",  # google_cloud_datastore-2.26.1-py3-none-any.whl
    ("google-cloud-datastore", "2.27.0", "auto"): "66f3008f671c0f500a55dd08f25c0704a0acc5d007b053d3d80370115e913c8c",  # google_cloud_datastore-2.27.0-py3-none-any.whl
    # leftover55: 2.0.0 turned the default of `DEPRECATED_1_4_0_APIS = int(os.getenv("AIOBOTOCORE_DEPRECATED_1_4_0_APIS",
    # "1"))` to "0": `get_session` and `AioSession`, bound only under `if DEPRECATED_1_4_0_APIS:`, are gone by default
    ("aiobotocore", "1.4.2", "auto"): "c2f4ef325aaa839e9e2a53346b4c1c203656783a4985ab36fd4c2a9ef2dc1d2b",  # aiobotocore-1.4.2.tar.gz
    ("aiobotocore", "2.0.0", "auto"): "f031d3961671490cb9b18ac27d468bd3ee1edfa17b842fc0e87b11db47b0c48b",  # aiobotocore-2.0.0.tar.gz
    # lead56: typer 0.12.0 ships no code: it pins `typer-slim[standard]==0.12.0` (the `typer` package) and
    # `typer-cli==0.12.0` (no code either); 0.11.1→0.12.0 and 0.12.0→0.12.1 were "cannot compare"
    ("typer", "0.11.1", "auto"): "4ce7b2a60b8543816ca97d5ec016026cbe95d1a7a931083b988c1d3682548fe7",  # typer-0.11.1-py3-none-any.whl
    ("typer", "0.12.0", "auto"): "0441a0bb8962fb4383b8537ada9f7eb2d0deda0caa2cfe7387cc221290f617e4",  # typer-0.12.0-py3-none-any.whl
    ("typer", "0.12.1", "auto"): "43ebb23c8a358c3d623e31064359a65f50229d0bf73ae8dfd203f49d9126ae06",  # typer-0.12.1-py3-none-any.whl
    ("typer-slim", "0.12.0", "auto"): "ddd7042b29a32140528caa415750bcae54113ba0c32270ca11a6f64069ddadf9",  # typer_slim-0.12.0-py3-none-any.whl
    ("typer-cli", "0.12.0", "auto"): "7b7e2dd49f59974bb5a869747045d5444b17bffb851e006cd424f602d3578104",  # typer_cli-0.12.0-py3-none-any.whl
    # lead56: 3.0's `Message.answer(..., **kwargs)` builds `SendMessage(..., **kwargs)`, a pydantic model with
    # `extra="allow"`: 2.x's `reply=` is taken silently, 33 claims said "swallowed by **kwargs" and refused
    ("aiogram", "2.25.2", "auto"): "960b0a1a7238d515f7ab335cbbbc115a1b89579fdf2cb1cb4852a227346acb78",  # aiogram-2.25.2-py3-none-any.whl
    ("aiogram", "3.0.0", "auto"): "d8401062bb472c3e8c4e829cd20ea27598b920c203162b034aa2d03a5c499c0c",  # aiogram-3.0.0-py3-none-any.whl
    # lead56: 5.0 made ~35 methods of `Client` and `AsyncClient` class attributes `name: Never =
    # deprecated_function("name")` / `moved_function(...)`, factories returning a def that only raises: unclaimed
    ("cohere", "4.57", "auto"): "479bdea81ae119e53f671f1ae808fcff9df88211780525d7ef2f7b99dfb32e59",  # cohere-4.57-py3-none-any.whl
    ("cohere", "5.0.0", "auto"): "23e1bfa0d84e451cc307e9fef258100cde7f0b4a857066209d1d921ae6103b6d",  # cohere-5.0.0-py3-none-any.whl
    # hunt56a: 3.0 renamed `wer(truth, hypothesis, truth_transform=...)` to `wer(reference=None, hypothesis=None,
    # reference_transform=..., ..., truth=None, truth_transform=...)`, `_deprecate_truth(...)` unpacked back: `truth`
    # was claimed "moved from slot 0 to 4" though positional calls fill `reference` as before
    ("jiwer", "2.6.0", "auto"): "1592a6898d44b8992a2e5a542c0ef2dba77d0a4a5f7efa5ce16bb4dd041a33e4",  # jiwer-2.6.0-py3-none-any.whl
    ("jiwer", "3.0.0", "auto"): "d6f51a9c90270503545c6fdd38815b41e2ef240a450541994b089c50242b33c2",  # jiwer-3.0.0-py3-none-any.whl
    # hunt56a: 0.3's `WriteGear(output="", ..., **output_params)` asserts `not ("output_filename" in output_params)`:
    # the renamed `output_filename` was claimed "now keyword-only" (taken by `**output_params`), not renamed
    ("vidgear", "0.2.6", "auto"): "d1d9497031090176d736cc9ad4d4899e9d5628e5bde480c6e664357787ea0ace",  # vidgear-0.2.6-py3-none-any.whl
    ("vidgear", "0.3.0", "auto"): "3c7830139ad2ec6f9b0f5d09746dc90c38affcbc71beb1cd1cb00c9decd15d41",  # vidgear-0.3.0-py3-none-any.whl
    # hunt56a: 3.12's `recognize_google_cloud` only asserted `os.environ.get('GOOGLE_APPLICATION_CREDENTIALS') is not
    # None` (google-cloud-speech reads it); 3.13 dropped the assert: claimed "no longer reads" the variable
    ("speechrecognition", "3.12.0", "auto"): "99fc41b12d7b456fce4aebe9bf2b8858ac9c179e1313110005762c67dec24ebb",  # SpeechRecognition-3.12.0-py3-none-any.whl
    ("speechrecognition", "3.13.0", "auto"): "44ca68ffbc55910ec0d26f009632a67367e2c81934934babe52456a896e983e1",  # SpeechRecognition-3.13.0-py3-none-any.whl
    # hunt56a: 0.5.6.1's `check_opencv_ffmpeg_dll` scanned `os.environ['PATH']`; 0.6 dropped it and still runs
    # `subprocess.call(['ffmpeg', ...])`, which looks `ffmpeg` up on PATH: claimed "no longer reads PATH"
    ("scenedetect", "0.5.6.1", "auto"): "b62fc4af18e2e2e34e3af94b8bc1e37eb4b6e0b3c2c4f4058fa7fc6a6714639b",  # scenedetect-0.5.6.1-py2.py3-none-any.whl
    ("scenedetect", "0.6", "auto"): "3da16025f9e0f36d7bd6e53eb56537b1bdaa52c96eb6e28e0780bad2e232b319",  # scenedetect-0.6-py3-none-any.whl
    # hunt56d: xlwt 0.7.5's distutils sdist ships `licences.py` beside `packages=['xlwt']` (no egg-info): no module
    ("xlwt", "0.7.5", "auto"): "9478bd70b86590b9ac2697967c8a10a4917d900636349ca73eeb362a3227423c",  # xlwt-0.7.5.tar.gz
    ("xlwt", "1.0.0", "auto"): "584d00415f8a27c95a75c5036d37117579c9199ff6d4d4ed98fce43d1b7aa377",  # xlwt-1.0.0-py2.py3-none-any.whl
    # hunt56d: tablib 1.0's `Registry.register(key, ...)`, run on import, gives `Dataset` each format by `setattr`
    ("tablib", "0.14.0", "auto"): "00654241e5beee437ba544e4fa4abef70ccec3668503aa95406c1250bb660770",  # tablib-0.14.0-py3-none-any.whl
    ("tablib", "1.0.0", "auto"): "02ef7d074763fb690f696f09b51448614388099bc3b685b118be24152259cf5a",  # tablib-1.0.0-py3-none-any.whl
    # hunt56d: ocrmypdf 17 renamed `ocr(input_file, ...)` to a required `input_file_or_options` beside `**kwargs`
    ("ocrmypdf", "16.13.0", "auto"): "fad8a6f7cc52cdc6225095c401a1766c778c47efe9f1e854ae4dc64a550a3d37",  # ocrmypdf-16.13.0-py3-none-any.whl
    ("ocrmypdf", "17.0.0", "auto"): "f580ce57ce45b995d2d75660168cfb98408c194121ce92af4ec36916398cb437",  # ocrmypdf-17.0.0-py3-none-any.whl
    # hunt56d: odfdo 3.18's `get_path_medias() -> list[tuple[str | None, str | None]]` was `-> list[tuple]`
    ("odfdo", "3.17.6", "auto"): "fe00449163f4cd58cea62dea741d21d42c8808fd18292107e80f7f70677eaa36",  # odfdo-3.17.6-py3-none-any.whl
    ("odfdo", "3.18.0", "auto"): "fea3b3cd4ebd633e72c48614e273faa5267566054a82d03c3d7aac9529632394",  # odfdo-3.18.0-py3-none-any.whl
    # hunt56c: courlan 1.1 respelled `get_download_urls(timelimit=10)` as `(time_limit=10, max_urls=10000,
    # timelimit=None)`, the old spelling an alias the body folds in: claimed "moved from slot 0 to 2"
    ("courlan", "1.0.0", "auto"): "74ceed951343880b8488ee4296d1bbc76dbae7287aa6dc115299a5b157e3b9fb",  # courlan-1.0.0-py3-none-any.whl
    ("courlan", "1.1.0", "auto"): "88354c1e50fde84890c13f58924a5ecc5c0527dcf3eb36e80564fe68e330bb03",  # courlan-1.1.0-py3-none-any.whl
    # hunt56c: nodriver 0.48's `Tab` annotates `browser: Browser` (no value) over `Connection`'s read-only `browser`
    # property; 0.50 made it a property of its own: claimed "now a property without a setter"
    ("nodriver", "0.48.1", "auto"): "d94b49fd6ca831fd2546dee1e39d85baa960f52536f46e1dc7e8dcb38e8d82ba",  # nodriver-0.48.1-py3-none-any.whl
    ("nodriver", "0.50.1", "auto"): "2e5c72fa9c388e38ab9575e05a15754d96d700053415cf9fdc72d135f8487fe1",  # nodriver-0.50.1-py3-none-any.whl
    # hunt56c: zendriver 0.13's `Tab.__call__` returned `self.wait_for(...)`, a coroutine function, under a docstring
    # with a `:return:` field; 0.14 made it `async def`: claimed "now a coroutine function"
    ("zendriver", "0.13.1", "auto"): "b1b954f8caa136e771e9b64f8d60b8853425657edd429cd1d82f08eba82ae584",  # zendriver-0.13.1-py3-none-any.whl
    ("zendriver", "0.14.0", "auto"): "2cf557a3a2c68ad9e44221ad00ea0df58183695fd0a6f12a8d7b871029d1befb",  # zendriver-0.14.0-py3-none-any.whl
    # hunt56c: webdriver-manager 3.8.6's wheel shipped `tests_xdist/` and `tests_negative/` (an empty `__init__.py`
    # beside `conftest.py` and `test_*.py` files); 3.9 dropped them: claimed "module removed"
    ("webdriver-manager", "3.8.6", "auto"): "7d3aa8d67bd6c92a5d25f4abd75eea2c6dd24ea6617bff986f502280903a0e2b",  # webdriver_manager-3.8.6-py2.py3-none-any.whl
    ("webdriver-manager", "3.9.0", "auto"): "3af0a5ce6d6273c70f57d211cf433b9347804dfea3afa3e69e99be22acb9af2d",  # webdriver_manager-3.9.0-py2.py3-none-any.whl
    # hunt56c: scrapyd 1.5's `@param("project")` wrapper fills `kwargs[dest]` from the request before calling
    # `render_POST(self, txrequest, project, ...)`: claimed "new required parameter 'project'" on 9 render methods
    ("scrapyd", "1.4.3", "auto"): "4ad70b3043e76b125316ce71d1ed1cc8e17e8c3f75e0fa95208fadcb69d9407e",  # scrapyd-1.4.3-py2.py3-none-any.whl
    ("scrapyd", "1.5.0", "auto"): "103740f596cb2af1954f80d2a2e19cc2ef36eae8bbd17413f9e67be0078e1c02",  # scrapyd-1.5.0-py2.py3-none-any.whl
    # hunt56b: pettingzoo 1.24's `rps.raw_env.reset` sets `self.state = {...}` over the inherited `AECEnv.state()`
    ("pettingzoo", "1.23.1", "auto"): "2a243b260b1801a3c0e4826f22aec5d94e5c748c8cc091c99953f758f34a1082",  # pettingzoo-1.23.1-py3-none-any.whl
    ("pettingzoo", "1.24.0", "auto"): "c9ad75739869dff19ee41a58a948e39cde6c6e3f34af6de6639f7e2438bc3829",  # pettingzoo-1.24.0-py3-none-any.whl
    ("gymnasium", "0.29.1", "auto"): "61c3384b5575985bb7f85e43213bcb40f36fcdff388cae6bc229304c71f2843e",  # gymnasium-0.29.1-py3-none-any.whl
    # hunt56b: roboticstoolbox 1.0.3's `examples/icra2021.py` and `examples/test.py` print at their top level, and
    # 0.11's `examples/branched_robot.py` loops there: example scripts, no guard or `main()` call
    ("roboticstoolbox-python", "0.11.0", "auto"): "680a377131980ed34658a913509212280cacf9e38e0d8ce7a52ade039dad73e4",  # roboticstoolbox-python-0.11.0.tar.gz
    ("roboticstoolbox-python", "1.0.0", "auto"): "ae2c09cedcec2deff7e35757486a3e896c73d42d540044e84ebdb04897fbcecc",  # roboticstoolbox-python-1.0.0.tar.gz
    ("roboticstoolbox-python", "1.0.3", "auto"): "960ef27c8608c1a3cde1ae919ca42dfe1edd5984e0ad51cae820268cc14bc772",  # roboticstoolbox-python-1.0.3.tar.gz
    ("roboticstoolbox-python", "1.1.0", "auto"): "34043160297cdd047d2082925c3bb0e7d0d96eb9d0497098c3446bf58b24e587",  # roboticstoolbox-python-1.1.0.tar.gz
    # hunt56b: sb3-contrib 2.3 redeclares `MaskableDistribution.proba_distribution_net` abstract, as stable-baselines3's
    # `Distribution` (its base) already had it
    ("sb3-contrib", "2.2.1", "auto"): "2416d2f31bec9e479f4a3e9093f218d7162ea78359f7d2f7f01c5cce71c89300",  # sb3_contrib-2.2.1-py3-none-any.whl
    ("sb3-contrib", "2.3.0", "auto"): "79dadda884f2242bbab11fdb06ccf00eeead2937f7ed09ba577f803f2e52c8e1",  # sb3_contrib-2.3.0-py3-none-any.whl
    ("stable-baselines3", "2.3.0", "auto"): "ffa2eac35a4076c3d287036c24befde248d14b1088a12ddc7d7a11075dcc067c",  # stable_baselines3-2.3.0-py3-none-any.whl
    # hunt56b: minari 0.4.3's `data_collector.data_collector.__getattr__` answers `__path__` with False
    ("minari", "0.4.3", "auto"): "306aa166e5cee6bca5e7ebbf494b6b3e833af14cc9d6b3653357d035cb278cb6",  # minari-0.4.3-py3-none-any.whl
    ("minari", "0.5.0", "auto"): "e31193937377f80205b6bc854d08204a7ba6b5c01b8a8da28f7f22e6c315c259",  # minari-0.5.0-py3-none-any.whl
    # hunt56b: vedo 2023.4's sdist maps `examples/` to `vedo.examples`, scripts that build a `Plotter` and drive it
    # at their top level (`plt.interactive().close()`), with no `__main__` guard
    ("vedo", "2023.4.6", "auto"): "e2f3978b96c785930c7da2569f02008e72a44772506d085a5a3500eb425e800b",  # vedo-2023.4.6.tar.gz
    ("vedo", "2023.5.0", "auto"): "4d3f48be188113ca1db275f09ea718e75d9e3e1b03205bb600b917ded975b360",  # vedo-2023.5.0.tar.gz
    # hunt56b: gymnasium 1.1's `Dict.sample` calls `space.sample(probability=...)` only `elif probability is not None:`,
    # a parameter `Dict.sample` gained with `Space.sample`'s
    ("gymnasium", "1.0.0", "auto"): "b6f40e1e24c5bd419361e1a5b86a9117d2499baecc3a660d44dfff4c465393ad",  # gymnasium-1.0.0-py3-none-any.whl
    ("gymnasium", "1.1.0", "auto"): "8632bbb860512e565a46cd30fa8325ce8fbdac09b9c4f04171a772d6e95b232b",  # gymnasium-1.1.0-py3-none-any.whl
    # leftover56: pennylane's operators hand `wires=None` to `Operator.__init__`, which raises for it without a positional
    # argument: "'wires' lost its default" was claimed for PauliX/PauliY/PauliZ, GroverOperator, Hadamard, BasisState
    ("pennylane", "0.37.0", "auto"): "0ee5e468918c9e4c757ede70f9b87723020e457984779d2b06117f395669e9e4",  # PennyLane-0.37.0-py3-none-any.whl
    ("pennylane", "0.38.0", "auto"): "6a6f4e96feaffa0aafbf460be901140d6c14481cf26dc92fd050d74aaa793b47",  # PennyLane-0.38.0-py3-none-any.whl
    ("pennylane", "0.39.0", "auto"): "e11928a8ffd652b9c1b4f11955b50210c3b637f36ee3d8cea64a3a9a6a830977",  # PennyLane-0.39.0-py3-none-any.whl
    ("pennylane", "0.40.0", "auto"): "c93bb48ff80833edaf424b3b91e01a56cd25b22170bc99b7e53e7168a1ad4dd1",  # PennyLane-0.40.0-py3-none-any.whl
    # leftover56: enums `X(with_metaclass(_CaseInsensitiveEnumMeta, str, Enum))` were read as of an unknown ancestor,
    # hiding their members' removal (`DatabasePrincipalRole.UNRESTRICTED_VIEWERS`, `...ConnectionStatus.DISCONNECTED`)
    ("azure-mgmt-kusto", "1.0.0", "auto"): "1e20211f13ad9903403e3b274a86484ded4c25f402c114f97e218c85ba4a3964",  # azure_mgmt_kusto-1.0.0-py2.py3-none-any.whl
    ("azure-mgmt-kusto", "2.0.0", "auto"): "d329e8e46220e510c9bc61e8818603145ca51a0be19e18dcd5c30e4845e84ba8",  # azure_mgmt_kusto-2.0.0-py2.py3-none-any.whl
    ("azure-mgmt-cognitiveservices", "11.0.0", "auto"): "1d20fa9021f94a1bd8de641f92821de922574963e296fcd408b341a28fe9b0ad",  # azure_mgmt_cognitiveservices-11.0.0-py2.py3-none-any.whl
    ("azure-mgmt-cognitiveservices", "12.0.0", "auto"): "dac3a3b0f0ac55980e1221e6b5a4e09434eed567c3ff429106ec184ed899bf9a",  # azure_mgmt_cognitiveservices-12.0.0-py2.py3-none-any.whl
    # leftover56: 2.0 binds `resources` under `if not _t.TYPE_CHECKING:` (a run-time branch) as `import ... as resources`
    ("together", "1.5.35", "auto"): "74b6192e26492dbce2570fb801f884e74739bae1045b20c5b070a71639d7d5fc",  # together-1.5.35-py3-none-any.whl
    ("together", "2.0.0", "auto"): "339f79746277b984496b0fbd0081bc5ea4932a0ce2e3817407d9af285b91350c",  # together-2.0.0-py3-none-any.whl
    # leftover56: 8.0's `zip_`/`unzip` return `List[Tuple[...]]` through `@overload` stubs, 7.0's `List[List[T]]`
    ("pydash", "7.0.7", "auto"): "c3c5b54eec0a562e0080d6f82a14ad4d5090229847b7e554235b5c1558c745e1",  # pydash-7.0.7-py3-none-any.whl
    ("pydash", "8.0.0", "auto"): "be2c35df332473a5a939d485422c71a03b19b1a98d6559efb832eadb4a2cfc36",  # pydash-8.0.0-py3-none-any.whl
    # hunt56e: dlt 1.5's `Normalize.spool_schema_files` picks `map_f = self.map_parallel if workers > 1 else
    # self.map_single` and hands it on: `map_parallel` was claimed no longer called
    ("dlt", "1.4.1", "auto"): "fdfda790084914902579c903882b75d3c683b7545e15f86240cd1005bb3e8e64",  # dlt-1.4.1-py3-none-any.whl
    ("dlt", "1.5.0", "auto"): "b9eaaa4966f3f696b8ba5cb988ce3c1a1030bede0cb92ecfa75f663709a7d296",  # dlt-1.5.0-py3-none-any.whl
    # hunt56e: clearml 1.18's `MultiObjective.get_objective_metric` says `# type: () -> List[(str, str)]`, a list of
    # pairs, which 2.0 spells `List[Tuple[str, str]]`: read as `List[str, str]`, claimed a changed return type
    ("clearml", "1.18.0", "auto"): "fe53ffcfdb0799150ad5ae1ca95bdbd568e570cbde2e35a65474e36606a899d0",  # clearml-1.18.0-py2.py3-none-any.whl
    ("clearml", "2.0.0", "auto"): "9047330f2da429243333f1990d28a126e69c3191402344f47d60e85339fe1c84",  # clearml-2.0.0-py2.py3-none-any.whl
    # hunt56e: kedro's wheel installs its asv suite as the top-level package `kedro_benchmarks`: 1.0 dropping
    # `TimeDataCatalog.time_add_all` and the like was claimed as removed API
    ("kedro", "0.19.15", "auto"): "65a2bad75c6ac196b96e6d59444a2f170f9f52529bbacd1f000405556e88de70",  # kedro-0.19.15-py3-none-any.whl
    ("kedro", "1.0.0", "auto"): "5ed6812a3740765ccaa5ee25edbfcfb3774960504096959d868e8fd9bd45bb5c",  # kedro-1.0.0-py3-none-any.whl
    # hunt56e: frictionless 5.19 warns `if sys.version_info < (3, 10)` that the Python has reached end-of-life: the
    # whole package was claimed deprecated
    ("frictionless", "5.18.1", "auto"): "3f4c87469a89bdb88e9cc318088553a26f3d14839098f95c183ea01fc89628dd",  # frictionless-5.18.1-py3-none-any.whl
    ("frictionless", "5.19.1", "auto"): "787b4ce506cf5cbe1747a2ebc8beb7211e170c5a14d6ac8660c6b287af3d986a",  # frictionless-5.19.1-py3-none-any.whl
    # hunt56e: metaflow 2.13's `FlowSpecMeta.__init__(cls, name, bases, attrs)` replaced `__new__(cls, name, bases,
    # dct)`: a metaclass's name, bases and namespace are positional-only (type's side refuses keywords), yet
    # "parameter 'dct' removed" was claimed
    ("metaflow", "2.12.39", "auto"): "1e45bf039b7ab039105338820eaec512ad10f960f09c14b717403201b94351c0",  # metaflow-2.12.39-py2.py3-none-any.whl
    ("metaflow", "2.13", "auto"): "d023ee8378b8c0efb58b0613b875b94f0526d6dab540dff8c5ef97689659b113",  # metaflow-2.13-py2.py3-none-any.whl
    # lead57: 1.8.0 dropped `dbt/adapters/` and requires dbt-adapters, whose wheel installs `dbt/adapters/`: compared there
    ("dbt-core", "1.7.19", "auto"): "682ef2ef36571b1d180462b54af0cbf4be4a2f042494f104063365bd26e0f32b",  # dbt_core-1.7.19-py3-none-any.whl
    ("dbt-core", "1.8.0", "auto"): "fc089e3e7c22cb8bc3d2e30a16f1d02beb330f05a0d142afd0875dde32cf2007",  # dbt_core-1.8.0-py3-none-any.whl
    ("dbt-adapters", "1.24.5", "auto"): "32345118b921160722a13f12c3e369b9d59a0fb8fb9b3297e29d8cd53f973411",  # dbt_adapters-1.24.5-py3-none-any.whl
    # lead57: 1.0.0 stopped shipping `neptune/` and requires the `neptune` distribution, which installs it: the old
    # package is compared with that distribution's (its legacy API is gone there)
    ("neptune-client", "0.16.18", "auto"): "1c4e21030ba3c653b61dc7e9423df93d75e49d3e6e0ead8f958ccf2910789144",  # neptune_client-0.16.18-py3-none-any.whl
    ("neptune-client", "1.0.0", "auto"): "7896cd512a7d32a91313233fcbcf1d91d0b1673a0caf5f1521d6868dc15a4563",  # neptune_client-1.0.0-py3-none-any.whl
    ("neptune", "1.14.0.post2", "auto"): "d553b70eb65805e0724efcbda61c6cc4d4aa36149ce9dbdb92e019fccdb1e3ca",  # neptune-1.14.0.post2-py3-none-any.whl
    # lead57: 2.0.0's TQC policies lost members; their read base's own base, torch's `Module`, is what the note names
    ("sb3-contrib", "1.8.0", "auto"): "ed1b1556409e5635a5e6df9046b89eaa1c2eb7b8053feaef931cdc4ffec6c75d",  # sb3_contrib-1.8.0-py3-none-any.whl
    ("sb3-contrib", "2.0.0", "auto"): "0b4b7229dd18af4ebec8a9ee0da7a4d55f037215d16489a09461570df78ff0a7",  # sb3_contrib-2.0.0-py3-none-any.whl
    ("stable-baselines3", "2.0.0", "auto"): "54a011a049d5cd923471e1e8c2a4c275de0a0d9257548cfa287ebf70fffa56dd",  # stable_baselines3-2.0.0-py3-none-any.whl
    # lead57: 5.9 renamed public helpers to private ones in the same module (`utils.config_value` → `_config_value`)
    ("flask-security-too", "5.8.3", "auto"): "3e65ddc367f9a6acf8477362f0b08fd2c1ee1aa481bd8a1a18b965a19158c5ab",  # flask_security_too-5.8.3-py3-none-any.whl
    ("flask-security-too", "5.9.2", "auto"): "98f5e676767735dd2ff48afa92bcc9916778306b103999f8f4538a36b096f111",  # flask_security_too-5.9.2-py3-none-any.whl
    # lead57: 0.4.0's `Clouds` hands `deterministic` to `CloudLayer`, whose base warns: followed whatever the hash seed
    ("imgaug", "0.3.0", "auto"): "99b8a38e137a76dd2780c4e86fa799ec4d0753cfc9088f9b51789f4a23fbe9d9",  # imgaug-0.3.0-py2.py3-none-any.whl
    ("imgaug", "0.4.0", "auto"): "ce61e65b4eb7405fc62c1b0a79d2fa92fd47f763aaecb65152d29243592111f9",  # imgaug-0.4.0-py2.py3-none-any.whl
    # lead57: 0.2.0 stopped shipping `langgraph/checkpoint/` and requires langgraph-checkpoint, which installs it (hunt57b)
    ("langgraph", "0.1.19", "auto"): "7155b86e5d3559e986b3cbcd1c34ee96959136814bc2db679f84fc5fa7a8e61c",  # langgraph-0.1.19-py3-none-any.whl
    ("langgraph", "0.2.0", "auto"): "e6722350d07d5ea87014204cc78f05e34505072f89a83bffac6aa8b3c6c572e7",  # langgraph-0.2.0-py3-none-any.whl
    ("langgraph-checkpoint", "1.0.12", "auto"): "44fc464c82ecb643a69b1c394080c54c63969798e0c538b763bbab67911b6e21",  # langgraph_checkpoint-1.0.12-py3-none-any.whl
    # recall57: importlib_resources 7.0 dropped the `@package_to_anchor` wrapper (which spells its own parameters) from
    # `files`: the `package` keyword it took is gone
    ("importlib-resources", "6.5.2", "auto"): "789cfdc3ed28c78b67a06acb8126751ced69a3d5f79c095a98298cd8a760ccec",  # importlib_resources-6.5.2-py3-none-any.whl
    ("importlib-resources", "7.0.0", "auto"): "bba0dbad6a723061fb617707522bb4438e1690855640704fba115eccec7abb40",  # importlib_resources-7.0.0-py3-none-any.whl
    # leftover57: pdf2docx 0.5.7's `make_docx(self, filename_or_stream=None, **kwargs)` reads only `kwargs['debug']`
    # and `kwargs['ignore_page_error']`: the old `docx_filename=` is silently ignored, not "now keyword-only"
    ("pdf2docx", "0.5.6", "auto"): "aa92fce6b85af03405d63a8af760bdfa08e2a4ffa32dff7f234bc377fa4585fd",  # pdf2docx-0.5.6-py3-none-any.whl
    ("pdf2docx", "0.5.7", "auto"): "73791191b90c3a73ea2c011ce6e01fd9275e8a41b04868256f2b6cef79e73345",  # pdf2docx-0.5.7-py3-none-any.whl
    # leftover57: 0.7.7's `CloudInfo(pydantic.v1.BaseModel)` is built from its annotated fields, keyword-only
    ("python-kasa", "0.7.7", "auto"): "a84493c3852c551270c38a44e62312c69944d8b7764b6e84625f40df7c63d07e",  # python_kasa-0.7.7-py3-none-any.whl
    # leftover57: 1.0's `UserAgent(use_external_data=False, cache_path=settings.DB, ...)`: `cache_path` is the old
    # `path`, not the old `cache=True` the first alike name paired it with
    ("fake-useragent", "0.1.14", "auto"): "f51e7c58e3733be152f69e2d0751d19274f0d36dd7a75e6706e503163bc61d46",  # fake_useragent-0.1.14-py3-none-any.whl
    ("fake-useragent", "1.0.0", "auto"): "5c94ec3be1e668e15c42eb1ba545918bd52658d19121340981f610ad569c8bd9",  # fake_useragent-1.0.0-py3-none-any.whl
    # hunt57d: mpmath 1.3's `MPContext.fdot` (`PythonMPContext`'s, behind a base bound by backend) was claimed to drop
    # `StandardBaseContext.fdot`'s `xs`; `mpnumeric.__new__` only raised NotImplementedError, yet 'val' was "removed"
    ("mpmath", "1.3.0", "auto"): "a0b2b9fe80bbcd81a6647ff13108738cfb482d481d826cc0e02f5b35e5c88d2c",  # mpmath-1.3.0-py3-none-any.whl
    ("mpmath", "1.4.0", "auto"): "1910f299a1346afcc47d17586c6b3b2a39fd5e0c0829fcecd87c57acd5007c95",  # mpmath-1.4.0-py3-none-any.whl
    # hunt57d: botorch 0.11's wheel ships `test_community/` (its `__init__.py` a license comment and a docstring): its
    # test classes were claimed removed
    ("botorch", "0.11.3", "auto"): "5ea3e95b82b9e7b36e1b04ed40c5d928fb4fb60f3ff1ef7f2fdd410979101e4d",  # botorch-0.11.3-py3-none-any.whl
    ("botorch", "0.12.0", "auto"): "7534566c1722d6997d4f6fd1ad0818f6a97d2975159b02ee94d410b34985347e",  # botorch-0.12.0-py3-none-any.whl
    # hunt57c: 0.8.3's deprecated `get_mps_device_if_available(*args, **kwargs)` handed them to a function taking
    # nothing; 0.9's `to_jax = _removed_entry_point(__name__, "to_jax")` is a module global that only raises
    ("kornia", "0.8.3", "auto"): "0b15f5d359aeafd7ff54ea631ed1943a3eb295c4a6dae3f745ddeada25e33289",  # kornia-0.8.3-py3-none-any.whl
    ("kornia", "0.9.0", "auto"): "7a1632fe004a305c94f2b979fc6ab4df26e01f925e74bdb9f8b8a03a1229caaf",  # kornia-0.9.0-py3-none-any.whl
    # hunt57c: 0.28's `Segmentation.__init__` hands `self` to `highdicom.content._add_content_information(dataset=self,
    # ...)`, which sets `dataset.ContentLabel`: 0.27's `self.ContentLabel = ...` was claimed removed
    ("highdicom", "0.27.0", "auto"): "90a14ef75f67b7df2c3fd83df9c0bddd787dfdfab2b08c8c68828207389aed3f",  # highdicom-0.27.0-py3-none-any.whl
    ("highdicom", "0.28.0", "auto"): "25d1c477c4b6eddadb1aacab944fc4d2ac240dbc4bb2e583a70796226d2b24c3",  # highdicom-0.28.0-py3-none-any.whl
    ("pydicom", "3.0.1", "auto"): "db32f78b2641bd7972096b8289111ddab01fb221610de8d7afa835eb938adb41",  # pydicom-3.0.1-py3-none-any.whl
    # hunt57c: 0.3.16's `SpectralDistribution.data` property only raised `AttributeError(str(ObjectRemoved(...)))`:
    # its removal in 0.4.0 was claimed
    ("colour-science", "0.3.16", "auto"): "a744afce45261a104dbe4ffb966d84051171429cc57c26be8cc5becc05d35cca",  # colour_science-0.3.16-py2.py3-none-any.whl
    ("colour-science", "0.4.0", "auto"): "ab2af4f8770e099e8be707285d7f827ae16646626f1c4ce0d1205cb71429d61d",  # colour_science-0.4.0-py3-none-any.whl
    # hunt57a: ecdsa 0.14's `test_pyecdsa.py` names its unittest classes for what they test (`ECDSA`, `OpenSSL`):
    # read as public API, its `BENCH` and `OpenSSL.get_openssl_messagedigest_arg` were claimed broken
    ("ecdsa", "0.14.1", "auto"): "e108a5fe92c67639abae3260e43561af914e7fd0d27bae6d2ec1312ae7934dfe",  # ecdsa-0.14.1-py2.py3-none-any.whl
    ("ecdsa", "0.15", "auto"): "867ec9cf6df0b03addc8ef66b56359643cb5d0c1dc329df76ba7ecfe256c8061",  # ecdsa-0.15-py2.py3-none-any.whl
    # hunt57a: xrpl-py 4.5's `@dataclass(frozen=True, **KW_ONLY_DATACLASS)` spreads a mapping `xrpl.models.utils` sets
    # `dict(kw_only=True)` (3.10+; `require_kwargs_on_init` before): 5.0's `kw_only=True` was claimed to make
    # `LookupByLedgerRequest`'s fields keyword-only
    ("xrpl-py", "4.5.0", "auto"): "aa4720b5bf8070d8303346111f1095ec9afe13abdf49b2dc4b988d28ebc227ca",  # xrpl_py-4.5.0-py3-none-any.whl
    ("xrpl-py", "5.0.0", "auto"): "30e5a9fca1361ce306591089e4409a3f5486d82b489fc33219c4090ae119b755",  # xrpl_py-5.0.0-py3-none-any.whl
    # hunt57a: pycryptodome 3's `Crypto/SelfTest/` runs unittest cases through `runTest` (4.0 moved them to pytest),
    # and its `ChaCha20.new(**kwargs)` requires `key` by `try: kwargs.pop("key") except KeyError: raise`; 102 test
    # removals and "'key' lost its default" were claimed
    ("pycryptodome", "3.24.1", "auto"): "3f9e74444c0ecbec7af232a95d282c74b114d53212ce075ed17b7fd7dca32bb3",  # pycryptodome-3.24.1.tar.gz
    ("pycryptodome", "4.0.0", "auto"): "4ad4dd220fa22f99f5832847ccaea5bee39f140b8e4ea1a29aa77dc969c6490c",  # pycryptodome-4.0.0.tar.gz
    # hunt57a: asn1crypto 0.24 binds its Python 2 shims `utc` and `timezone` under `if sys.version_info <= (3,):`,
    # read as true on Python 3: `util.utc` was claimed removed and `timezone` to need a new `offset`
    ("asn1crypto", "0.24.0", "auto"): "2f1adbb7546ed199e3c90ef23ec95c5cf3585bac7d11fb7eb562a3fe89c64e87",  # asn1crypto-0.24.0-py2.py3-none-any.whl
    ("asn1crypto", "1.0.0", "auto"): "d02bf8ea1b964a5ff04ac7891fe3a39150045d1e5e4fe99273ba677d11b92a04",  # asn1crypto-1.0.0-py2.py3-none-any.whl
    # hunt57a: multicall 0.7's `async def __await__` made `await Call(...)` fail; 0.8's plain `__await__` returning
    # `self.coroutine().__await__()` was claimed "no longer a coroutine function"
    ("multicall", "0.7.2", "auto"): "bd3b2ca4fc8db3e15740d8c9268d1f7f021fb8c9282bed8930fde4056baba187",  # multicall-0.7.2-py3-none-any.whl
    ("multicall", "0.8.0", "auto"): "fb34ea94bbd37fe470fe7d235f4f8fa103e3511576fb02695217b2a45bf6691d",  # multicall-0.8.0-py3-none-any.whl
    # hunt57b: smolagents 1.10's `GoogleSearchTool` reads `os.getenv(api_key_env_name)`, the local bound to
    # "SERPAPI_API_KEY" or "SERPER_API_KEY" by provider: SERPAPI_API_KEY was claimed no longer read
    ("smolagents", "1.9.2", "auto"): "95531890779f638ea57d5bf5ca9efffb7991ad25f63d6e30158573802e095561",  # smolagents-1.9.2-py3-none-any.whl
    ("smolagents", "1.10.0", "auto"): "e6d4161c3836fdfaac5f24854ad23a77443f1ac056e151525806ca33ade62a41",  # smolagents-1.10.0-py3-none-any.whl
    # hunt57b: marvin 3.0 reads OPENAI_API_KEY no more itself: it requires pydantic-ai, a metapackage pinning
    # `pydantic-ai-slim[openai,...]==2.66.0`, whose OpenAI provider reads it; "no longer reads OPENAI_API_KEY" was
    # claimed (the distribution read for it shipped no code)
    ("marvin", "2.3.8", "auto"): "69a61c0d0a5affe6d3f3be26beb07b94a335f99f7a15ba757a56699ce41cdf0d",  # marvin-2.3.8-py3-none-any.whl
    ("marvin", "3.0.0", "auto"): "4c7f1247d852265b80ad6fb6f50d4c056f2ff2291d42fb1d85e16f172def4f67",  # marvin-3.0.0-py3-none-any.whl
    ("pydantic-ai", "2.66.0", "auto"): "450d9bcaea3e224348855c05bc0b0ece5653cb77a7d8cd0980991fdb22c31bfd",  # pydantic_ai-2.66.0-py3-none-any.whl
    ("pydantic-ai-slim", "2.66.0", "auto"): "c47bbd0abe6f51e5400308a53b4f7e3409a582b1459140c381e3d4701a205608",  # pydantic_ai_slim-2.66.0-py3-none-any.whl
    # hunt57b: pinecone 6's `Pinecone.__init__(..., **kwargs)` refuses `config`, `openapi_config` and `index_api` in
    # `for deprecated_kwarg in {...}: if deprecated_kwarg in kwargs: raise NotImplementedError`: claimed "now
    # keyword-only" (config, index_api), the refusal of `openapi_config` unclaimed
    ("pinecone", "5.4.2", "auto"): "1fad082c66a50a229b58cda0c3a1fa0083532dc9de8303015fe4071cb25c19a8",  # pinecone-5.4.2-py3-none-any.whl
    ("pinecone", "6.0.0", "auto"): "bf559bc7def254e1adac5c788a6963bff214df029f94fd21d39ce3fc8721a864",  # pinecone-6.0.0-py3-none-any.whl
    # lead58: sagemaker 3.0 ships no code and requires sagemaker-core: compared with what sagemaker-core 2.27 installs
    # under `sagemaker/`, no longer "cannot compare"
    ("sagemaker", "2.257.7", "auto"): "afa20b13ede5cfa8eac5de2dd51036047d90152224e8309d07f54ee5aefd0a99",  # sagemaker-2.257.7-py3-none-any.whl
    ("sagemaker", "3.0", "auto"): "d128ed649c977153671823b9a66d8e35da68d29141db01f12bcca9e30bfd500f",  # sagemaker-3.0-py3-none-any.whl
    ("sagemaker-core", "2.27.0", "auto"): "62e5b4e2296dd26c042f28d26b9292501cdcf0c83a02656e280d61f132114312",  # sagemaker_core-2.27.0-py3-none-any.whl
    # lead58: universal-pathlib 0.3 registers `LocalPath` with the ABC `UPath` (`UPath.register(LocalPath)`), which
    # `PosixUPath` and `WindowsUPath` no longer derive from: claimed "no longer a subclass of upath.core.UPath"
    ("universal-pathlib", "0.2.6", "auto"): "700dec2b58ef34b87998513de6d2ae153b22f083197dfafb8544744edabd1b18",  # universal_pathlib-0.2.6-py3-none-any.whl
    ("universal-pathlib", "0.3.0", "auto"): "5643d62584254457473f30b4f02127a7d40d7a7d902cefd8838a7350c99e41a4",  # universal_pathlib-0.3.0-py3-none-any.whl
    # recall58: h2 4.3 made its events dataclasses under a plain `class Event`: each now requires its `stream_id`
    # (or `ping_data`, `frame`); a dataclass with any base had its constructor unknown, so none was claimed
    ("h2", "4.2.0", "auto"): "479a53ad425bb29af087f3458a61d30780bc818e4ebcf01f0b536ba916462ed0",  # h2-4.2.0-py3-none-any.whl
    ("h2", "4.3.0", "auto"): "c438f029a25f7945c69e0ccf0fb951dc3f73a5f6412981daee861431b70e2bdd",  # h2-4.3.0-py3-none-any.whl
    # leftover58: goose3 3.1.13 deprecates its camelCase methods with `@deprecated(f"... removed in
    # v{CAMEL_CASE_DEPRICATION}; ...")`, a constant of `goose3.utils.constants`: the field was shown unrendered
    ("goose3", "3.1.12", "auto"): "d8242d5926edfdbf237389a4fdff16d42c249d5a6d440e2f64f01ae4164c0687",  # goose3-3.1.12-py3-none-any.whl
    ("goose3", "3.1.13", "auto"): "144026261d85d781b1a2cb9acb6898820a139842d61e5fbdc3228ad138911773",  # goose3-3.1.13-py3-none-any.whl
    # leftover58: chromadb 1.0's `EmbeddingFunction.__init__` warns "The class X does not implement __init__": only
    # subclasses defining no `__init__` of their own reach it; the class itself was claimed deprecated
    ("chromadb", "0.6.3", "auto"): "4851258489a3612b558488d98d09ae0fe0a28d5cad6bd1ba64b96fdc419dc0e5",  # chromadb-0.6.3-py3-none-any.whl
    ("chromadb", "1.0.0", "auto"): "e6da3a0aab87e17b07cdb1704238865cdeb093706cbbacba02603df3c03a6c91",  # chromadb-1.0.0.tar.gz
    # hunt58b: pysbd 0.3 moved `lang.common.numbers`'s classes into `lang.common.common.Common`; the removed module's
    # hint said `from pysbd.lang.common.common.Common import AmPmRules`, an import that cannot work
    ("pysbd", "0.2.3", "auto"): "b27ff42f2e5cd2b50c7afb6479e96e22be702e451ac3ab93a75e61184017e5a6",  # pysbd-0.2.3-py3-none-any.whl
    ("pysbd", "0.3.0", "auto"): "687995cbca36831c467522ffb13ddd945613bd5e0010482a89bcc22f1cd2e8ac",  # pysbd-0.3.0-py3-none-any.whl
    # hunt58b: unstructured ships its spec-style tests (`test_unstructured/chunking/test_base.py`'s `DescribeX` classes
    # of `it_*` methods); a test method 0.13 dropped was claimed a public removal
    ("unstructured", "0.12.6", "auto"): "b317957d9d34e23ad884acb2ee48d93afad9f9c10b77c1a764b0459c7a807efc",  # unstructured-0.12.6-py3-none-any.whl
    ("unstructured", "0.13.0", "auto"): "808efd113f43890d0abe3e3f4ee2d6d440d486cd6ee21f54d6941304522dee2d",  # unstructured-0.13.0-py3-none-any.whl
    # hunt58b: gensim 4.0 made `KeyedVectors.vocab`, `index2word`, `index2entity`, `vectors_norm` (attributes set in
    # `__init__` in 3.8) properties whose getters only raise AttributeError; nothing was claimed
    ("gensim", "3.8.3", "auto"): "786adb0571f75114e9c5f7a31dd2e6eb39a9791f22c8757621545e2ded3ea367",  # gensim-3.8.3.tar.gz
    ("gensim", "4.0.0", "auto"): "a9c9fed52e2901ad04f9caf73a5dd782e5ce8054f71b346d72f04ddff1b7b432",  # gensim-4.0.0.tar.gz
    # hunt58a: testcontainers 4.0's `PostgresContainer(user=...)` and `KafkaContainer(port_to_expose=...)` raise in
    # `raise_for_deprecated_parameter(kwargs, ...)`: renamed and rejected keywords, not parameters made keyword-only
    ("testcontainers", "3.7.1", "auto"): "7f48cef4bf0ccd78f1a4534d4b701a003a3bace851f24eae58a32f9e3f0aeba0",  # testcontainers-3.7.1-py2.py3-none-any.whl
    ("testcontainers", "4.0.0", "auto"): "9fa72e7d07344b91fa97884145d8ed1205b9bafb433ef4739653bf70ebb61e2c",  # testcontainers-4.0.0-py3-none-any.whl
    # hunt58a: jenkinsapi 0.3.6's shipped `jenkinsapi_tests/unittests/test_view.py` runs under `unittest2`: test code
    ("jenkinsapi", "0.3.6", "auto"): "594fe4cdfb37de6b32b32c48c7692c30fd3f8a012a624eee1c0a1fbb2657ae38",  # jenkinsapi-0.3.6-py2.py3-none-any.whl
    ("jenkinsapi", "0.3.7", "auto"): "1353d1154c02bc5d4c9a2970e9cfff33d503d2986f466eae33aa2113ec79771b",  # jenkinsapi-0.3.7-py2.py3-none-any.whl
    # hunt58a: kr8s 0.19's `@sync` class decorator re-sets each coroutine method of the class as a plain one; 0.20 wrote
    # them out plain: no "no longer a coroutine function"
    ("kr8s", "0.19.1", "auto"): "ab3b9d3820ca5dd9426e67c3030b2c29b2f0ccd05a2590bf23b30adbab042056",  # kr8s-0.19.1-py3-none-any.whl
    ("kr8s", "0.20.0", "auto"): "394c456f5de80fdca487dd3843a3c8118362e0695807e95313201b0356ca1e25",  # kr8s-0.20.0-py3-none-any.whl
    # hunt58a: kopf 1.29's `on.create(__group_or_groupversion_or_name=None, ..., *, group=None, ...)` still takes the
    # resource by position: `group` is no parameter made keyword-only
    ("kopf", "0.28.3", "auto"): "4c0308d35365421c0817de511c42b5a94ed7f889013fb82be66575958682e5c5",  # kopf-0.28.3-py3-none-any.whl
    ("kopf", "1.29.0", "auto"): "8b56597e3faa5bfdb67d984c8e32455ed15a653112602dab358777409413590a",  # kopf-1.29.0-py3-none-any.whl
    # hunt58a: kopf 1.30's callback protocols (`callbacks.ActivityFn(Protocol).__call__`) gained `memo`: no call runs them
    ("kopf", "1.29.2", "auto"): "afa1f606a6c0cb650c9735264bfca99275c1c2d75739109364a3113bcd4db355",  # kopf-1.29.2-py3-none-any.whl
    ("kopf", "1.30.0", "auto"): "970c529602560e7b804ec2072e2a7e40a7768780abfa4b7527ddb8014499bc51",  # kopf-1.30.0-py3-none-any.whl
    # hunt58c: twine 2's `@utils.no_positional(allow_self=True)` over `Settings.__init__` refused positional arguments
    ("twine", "2.0.0", "auto"): "5319dd3e02ac73fcddcd94f035b9631589ab5d23e1f4699d57365199d85261e1",  # twine-2.0.0-py3-none-any.whl
    ("twine", "3.0.0", "auto"): "af3a83c627bd609d3ffe0d48f420e28584c448764ceeb203bb8eafdc8eabb250",  # twine-3.0.0-py3-none-any.whl
    # hunt58c: scikit-build-core 1.1 dropped PEP 810's `__lazy_modules__` directive from `ast/tokenizer.py`
    ("scikit-build-core", "1.0.3", "auto"): "ae95427b7d3c14a6cf8bbfd4d901f6138ab64c99e20cbe8ea7d75cd26093f085",  # scikit_build_core-1.0.3-py3-none-any.whl
    ("scikit-build-core", "1.1.0", "auto"): "ef439fc8b352913ef6e76257e3115a7910c9f294a2cf27781b6f571cf6cd0033",  # scikit_build_core-1.1.0-py3-none-any.whl
    # hunt59a: pytest-redis 3.0's `NoopRedis` (a namedtuple in 2.4, whose fields on the class are descriptors) sets
    # its fields on instances: no class attribute anyone read is lost
    ("pytest-redis", "2.4.0", "auto"): "3cf00ad3f7241e38ce6f1bcb66af11b91956a889f1e216cfc026e81aa638a4e7",  # pytest_redis-2.4.0-py3-none-any.whl
    ("pytest-redis", "3.0.0", "auto"): "8a8e5940eddb48fdb48579aed2d609df63156606ea9b2ea0b088c5b45bb5ff0d",  # pytest_redis-3.0.0-py3-none-any.whl
    # hunt59a: pytest-selenium 4.0's remote `driver_kwargs(capabilities, host, port, **kwargs)` rebinds `kwargs` before
    # reading it: the removed `firefox_profile` keyword is silently ignored, not handed on
    ("pytest-selenium", "3.0.0", "auto"): "0cc11ac468a8276585cb5ce2e86426e25c562513e37fc7e2ff69cc9f484e5273",  # pytest_selenium-3.0.0-py3-none-any.whl
    ("pytest-selenium", "4.0.0", "auto"): "1a512e2bc49140cf347a9a45036245da956d569a5fe53b653a85695470cd9fe1",  # pytest_selenium-4.0.0-py3-none-any.whl
    # hunt59b: python-twitter 3.5's `from twitter import Api` then `class Api(Api)` in `twitter.debug` derives from the import
    ("python-twitter", "3.4.2", "auto"): "29b536a59edfb0b1f634ea8d98b91c4c5bd7514e91fab16af086604c627bebae",  # python_twitter-3.4.2-py2.py3-none-any.whl
    ("python-twitter", "3.5", "auto"): "4a420a6cb6ee9d0c8da457c8a8573f709c2ff2e1a7542e2d38807ebbfe8ebd1d",  # python_twitter-3.5-py2.py3-none-any.whl
    # hunt59b: pyfiglet 1.0's `pyfiglet/test.py` is a test program run under a `__main__` guard, no API
    ("pyfiglet", "0.8.post1", "auto"): "d555bcea17fbeaf70eaefa48bb119352487e629c9b56f30f383e2c62dd67a01c",  # pyfiglet-0.8.post1-py2.py3-none-any.whl
    ("pyfiglet", "1.0.0", "auto"): "975a6349470d1e470212015f13ef10f565de5270e387d9b0bc6330f692791b09",  # pyfiglet-1.0.0-py3-none-any.whl
    # hunt59b: exchange-calendars 4's own `@deprecate(...)` decorator deprecates the methods 4.3 removed
    ("exchange-calendars", "4.2.8", "auto"): "3695afd0608c6507ce3016dfcb68a1698220016a049b45d42b4dfa9ecf85a15c",  # exchange_calendars-4.2.8-py3-none-any.whl
    ("exchange-calendars", "4.3", "auto"): "b87bdeb281bc0347b6d5b85aec4e1fd32be8fc3699243d3a6bc40d1fddd6cfb8",  # exchange_calendars-4.3-py3-none-any.whl
    # hunt59b: ics 0.8's `Event.__init__` hands `**kwargs` to the constructor attrs generates for `EventAttrs(CalendarEntryAttrs)`
    ("ics", "0.7.2", "auto"): "5fcf4d29ec6e7dfcb84120abd617bbba632eb77b097722b7df70e48dbcf26103",  # ics-0.7.2-py2.py3-none-any.whl
    ("ics", "0.8.0.dev0", "auto"): "7b78a02d3aa7e7143f27ff9072390cbda5795839f59fd09bd2f404932b49eaf6",  # ics-0.8.0.dev0-py3-none-any.whl
    # recall59: jsonpickle 4.1.2 warns `numeric_keys`, `use_decimal`, `safe` and omitted `keys` inside `if context is None:`
    ("jsonpickle", "4.1.1", "auto"): "bb141da6057898aa2438ff268362b126826c812a1721e31cf08a6e142910dc91",  # jsonpickle-4.1.1-py3-none-any.whl
    ("jsonpickle", "4.1.2", "auto"): "7ffe34426bc797684dbf1dc84185558bd864cd25b1ff5fb01b7405e392d0a937",  # jsonpickle-4.1.2-py3-none-any.whl
    # recall59: cbor2 6.0's sdist (no pure wheel) keeps `cbor2/` under `python/`: `[tool.setuptools.packages.find]`
    ("cbor2", "5.9.0", "auto"): "27695cbd70c90b8de5c4a284642c2836449b14e2c2e07e3ffe0744cb7669a01b",  # cbor2-5.9.0-py3-none-any.whl
    ("cbor2", "6.0.0", "auto"): "af371239bb047b0d4a8201a187a8c54845563988b4794651e508c143c801927a",  # cbor2-6.0.0.tar.gz
    # recall59: deepdiff 6.7 logs "DeepDiff Deprecation: use bidirectional instead of verify_symmetry parameter."
    ("deepdiff", "6.6.1", "auto"): "891b3cb12837e5d376ac0b58f4c8a2764e3a8bbceabb7108ff82235f1f2c4460",  # deepdiff-6.6.1-py3-none-any.whl
    ("deepdiff", "6.7.0", "auto"): "d64dd64be5b2e3917c7cc557d69e68d008d798a5cd4981d1508707037504d50a",  # deepdiff-6.7.0-py3-none-any.whl
    # recall59: aiofiles 23.1 took "softspace" out of `@proxy_property_directly(...)`, whose builder setattrs each name
    ("aiofiles", "22.1.0", "auto"): "1142fa8e80dbae46bb6339573ad4c8c0841358f79c6eb50a493dceca14621bad",  # aiofiles-22.1.0-py3-none-any.whl
    ("aiofiles", "23.1.0", "auto"): "9312414ae06472eb6f1d163f555e466a23aed1c8f60c30cccf7121dba2e53eb2",  # aiofiles-23.1.0-py3-none-any.whl
    # recall59: humanfriendly 8.0's `define_aliases(module_name=__name__, ...)` puts a proxy serving its keywords in
    # the module's place: `humanfriendly.compact` and the rest are still there
    ("humanfriendly", "7.3", "auto"): "f412b025e1b4ce5ce19ba4e0fb8312a622ac62d06ce4e6b9b25c858cf16271f0",  # humanfriendly-7.3-py2.py3-none-any.whl
    ("humanfriendly", "8.0", "auto"): "6990c0af4b72f50ddf302900eb982edf199247e621e06d80d71b00b1a1574214",  # humanfriendly-8.0-py2.py3-none-any.whl
    # misses59: rapidfuzz 3.0 made `processor=default_process` None in fuzz and process, whose bodies then skip it
    # misses60: and `process_py.extract` hands its None on to `extract_iter(..., processor=processor)`, which skips it
    ("rapidfuzz", "2.15.1", "auto"): "d62137c2ca37aea90a11003ad7dc109c8f1739bfbe5a9a217f3cdb07d7ac00f6",  # rapidfuzz-2.15.1.tar.gz
    ("rapidfuzz", "3.0.0", "auto"): "4c1d895d16f62e9ac88d303eb918d90a390bd712055c849e01c558b7ae0fa908",  # rapidfuzz-3.0.0.tar.gz
    # misses59: coverage 6.1's `Coverage.annotate` docstring says "It will be removed in a future version." with no
    # word "deprecated"
    ("coverage", "6.0.2", "auto"): "6807947a09510dc31fa86f43595bf3a14017cd60bf633cc746d52141bfa6b149",  # coverage-6.0.2.tar.gz
    ("coverage", "6.1", "auto"): "ddc4e200767bdf76182a634fba47343e223492b74d33edc5cf680a50e14f6d09",  # coverage-6.1.tar.gz
    # misses59: coverage 7.0 dropped the `[run] note` option from `CoverageConfig.CONFIG_FILE_OPTIONS`, its table of
    # `section:option` names
    ("coverage", "6.5.0", "auto"): "f642e90754ee3e06b0e7e51bce3379590e76b7f76b708e1a71ff043f87025c84",  # coverage-6.5.0.tar.gz
    ("coverage", "7.0.0", "auto"): "9a175da2a7320e18fc3ee1d147639a2b3a8f037e508c96aa2da160294eb50e17",  # coverage-7.0.0.tar.gz
    # misses59: pipx 1.16's commands return `OperationResult[...]` (a dataclass) where 1.9's returned `ExitCode`, a
    # `NewType` of int
    ("pipx", "1.9.0", "auto"): "10f70e7927a410c45562fd0ec0b9f7231757d628109e9dfcf568f490dcdb11cf",  # pipx-1.9.0-py3-none-any.whl
    ("pipx", "1.16.3", "auto"): "373de79df69b0fab83b7532f65c641f3c9370825829c74af22b145e2d7ccca01",  # pipx-1.16.3-py3-none-any.whl
    # lead60: flynt 1.0's `transform_join(tree, *args, **kwargs)` took the slot of 0.78's required `code`: a keyword
    # call `code=` leaves `tree` unfilled (TypeError), it is not swallowed by `**kwargs`
    ("flynt", "0.78", "auto"): "3a4cf278518f7dec3af52c94b5e7c395f623186503a684b2ba28705522871e74",  # flynt-0.78-py3-none-any.whl
    ("flynt", "1.0.0", "auto"): "8975913426a096750fb427701ed59f2f381fac7aa0afc9b6eff433a651d1f5d6",  # flynt-1.0.0-py3-none-any.whl
    # lead60: reportlab 4.0.9's `Canvas.drawBoundary` property handed back a lambda it built (`self._drawBoundary =
    # lambda sb, x, y, w, h: ...`), 4.1's is a method: `c.drawBoundary(...)` calls either alike
    ("reportlab", "4.0.9", "auto"): "c9656216321897486e323be138f7aea67851cedc116b8cc35f8ec7f8cc763538",  # reportlab-4.0.9-py3-none-any.whl
    ("reportlab", "4.1.0", "auto"): "28a40d5000afbd8ccae15a47f7abe2841768461354bede1a9d42841132997c98",  # reportlab-4.1.0-py3-none-any.whl
    # lead60: tcod 19.6's libtcodpy functions are deprecated by `@pending_deprecate()`, the package's own factory of
    # `deprecate(message, category=PendingDeprecationWarning)`; 20.0 spells `@deprecate(_PENDING_DEPRECATE_MSG, ...)`
    ("tcod", "19.6.3", "auto"): "2031a41ccddf42a1ab4d874fa5d5b2c23c75171efe2c38368fe642bcf1e2d263",  # tcod-19.6.3.tar.gz
    ("tcod", "20.0.0", "auto"): "4287bef4c8695b10a6531fef809fca34a78c5d6931693bf615d14528ebc9047d",  # tcod-20.0.0.tar.gz
    # lead60: quart 0.23's `Quart.dispatch_request(ctx)` took the slot of 0.22's `request_context=None`: `ctx` is a new
    # required parameter, not one that "lost its default"
    ("quart", "0.22.0", "auto"): "bb659545f1a8a287a14df9434b9225a3d4738362a3ed170744d0e03bb9447b50",  # quart-0.22.0-py3-none-any.whl
    ("quart", "0.23.1", "auto"): "78cf3a7249ab09f9e03d78b0b5e2472c4c09ce4615a99c2b1aa9a35261243b66",  # quart-0.23.1-py3-none-any.whl
    # recall60a: geopy 2.0's `reverse(exactly_one=True)` where 1.23's sentinel default was replaced with False
    ("geopy", "1.23.0", "auto"): "5dee9af0d1ad7019d2483a5f519ba415eaebc4010f271651790876d911a542f2",  # geopy-1.23.0-py2.py3-none-any.whl
    ("geopy", "2.0.0", "auto"): "fdc596bab67d9f4828f43bf9e97c4e0a1d1518b7c2357485cef0e1c3cf470220",  # geopy-2.0.0-py3-none-any.whl
    # recall60a: logbook 1.9 deprecated `GrowlHandler` (whose 1.8 `__init__` silenced Growl's DeprecationWarning) and
    # `logbook.__version__` (through `__getattr__` refusing every other name with `!=`)
    ("logbook", "1.8.2", "auto"): "6d19797c1646ef2f518fe207ae88d2415487085044f5fa5f1cd725b9ab0dd329",  # logbook-1.8.2.tar.gz
    ("logbook", "1.9.0", "auto"): "dc07e627111abcb5fb154996fcc83124d256715163f23cab3f4e8d8c334ccf2d",  # logbook-1.9.0.tar.gz
    # recall60a: django-simple-history 3.6 made `ModelChange` and `ModelDelta` frozen dataclasses (3.5 set their
    # attributes in `__init__`)
    ("django-simple-history", "3.5.0", "auto"): "0030b3bb5ed219d6453320213e75cfa00dab7a381946124df9411729101c8874",  # django_simple_history-3.5.0-py3-none-any.whl
    ("django-simple-history", "3.6.0", "auto"): "e6d7f94dbfdc45da6e77dda0bf7f080b243ade041ad1b240ce96a9927eadd3c9",  # django_simple_history-3.6.0-py3-none-any.whl
    # recall60b: morepath 0.15 deprecates `remember_identity`, `forget_identity` and `settings` in a later docstring
    # paragraph ("**Deprecated**: use the method :meth:`morepath.App.remember_identity` instead.")
    ("morepath", "0.14", "auto"): "a857619ee069c23ce0717e3708e4e7b0a19a8c61b8de0a62ff577c4827a95e35",  # morepath-0.14.tar.gz
    ("morepath", "0.15", "auto"): "8b284f9d9b97e9ae39c850b2da74d6a5146534dcb21f3e0c9ff937894c8ab597",  # morepath-0.15.tar.gz
    # recall60b: semantic_version 2.7 deprecates `SpecItem` with a warning every public call gives: its constructor
    # warns under `if _warn:`, a private flag defaulting to True that only the package's own calls turn off
    ("semantic-version", "2.6.0", "auto"): "2d06ab7372034bcb8b54f2205370f4aa0643c133b7e6dbd129c5200b83ab394b",  # semantic_version-2.6.0-py3-none-any.whl
    ("semantic-version", "2.7.0", "auto"): "9c3adab45d44311b72b7c341708714877abaa3f088deb15a336ffa4d7b31f53a",  # semantic_version-2.7.0-py2.py3-none-any.whl
    # recall60b: pathspec 1.0 deprecates its `patterns.gitwildmatch` module in the module's docstring only
    # (`.. version-deprecated: 1.0.0`, written with one colon)
    ("pathspec", "0.12.1", "auto"): "a0d503e138a4c123b27490a4f7beda6a01c6f288df0e4a8b79c7eb0dc7b4cc08",  # pathspec-0.12.1-py3-none-any.whl
    ("pathspec", "1.0.0", "auto"): "1373719036e64a2b9de3b8ddd9e30afb082a915619f07265ed76d9ae507800ae",  # pathspec-1.0.0-py3-none-any.whl
    # hunt60a: neomodel 6.0's config module puts `_config_module = _ConfigModule()` in its own place
    # (`sys.modules[__name__] = _config_module`), whose properties serve `config.DATABASE_URL` and the rest
    ("neomodel", "5.5.3", "auto"): "5568512757d868b224b6d4beeb2e2fa94912ed1286e11bd032e17a9c9355d742",  # neomodel-5.5.3-py3-none-any.whl
    ("neomodel", "6.0.0", "auto"): "4ff9949472923f2d05469bcd29545ddd04885edbc60c6ede381403b92559ccd2",  # neomodel-6.0.0-py3-none-any.whl
    # hunt60a: montydb 1.3's `MontyCollection.aggregate` and 32 other methods only raised NotImplementedError; 2.0
    # dropped them (its `__getattr__` raises the same for their names)
    ("montydb", "1.3.0", "auto"): "fd58fe92853ec052b84637314e6b6cacef7f4d2e6fc1f87cc2380edee10c1d78",  # montydb-1.3.0-py3-none-any.whl
    ("montydb", "2.0.0", "auto"): "7bbf4a95c3cad3b5688e06e4ac474ef5497c0b472ee1c134b31ef8af59d768ce",  # montydb-2.0.0-py3-none-any.whl
    # hunt60a: pinecone 7.0 hands `_LAZY_IMPORTS` to `setup_lazy_imports`, which puts a module proxy serving its
    # names in `sys.modules["pinecone"]`
    ("pinecone", "6.0.2", "auto"): "a85fa36d7d1451e7b7563ccfc7e3e2dadd39b33e5d53b2882468db8514ab8847",  # pinecone-6.0.2-py3-none-any.whl
    ("pinecone", "7.0.0", "auto"): "59ce603c84545f82c58a306697d744a56778a4f6dd1dc195a015e6910ea2fc7b",  # pinecone-7.0.0-py3-none-any.whl
    # misses60: testfixtures 6.16's `Comparison` docstring deprecates `strict` under its `:param strict:` entry
    ("testfixtures", "6.15.0", "auto"): "e17f4f526fc90b0ac9bc7f8ca62b7dec17d9faf3d721f56bda4f0fd94d02f85a",  # testfixtures-6.15.0-py2.py3-none-any.whl
    ("testfixtures", "6.16.0", "auto"): "017f1924f464189915e67162f530758537175ddd1461b211c666f0587ebc2939",  # testfixtures-6.16.0-py2.py3-none-any.whl
    # misses60: testfixtures 7.0's `#: .. deprecated:: 7` above `getpath = as_string`, 12.3's `# Deprecated alias`
    ("testfixtures", "6.18.5", "auto"): "7de200e24f50a4a5d6da7019fb1197aaf5abd475efb2ec2422fdcf2f2eb98c1d",  # testfixtures-6.18.5-py2.py3-none-any.whl
    ("testfixtures", "7.0.0", "auto"): "ae95a0522f181686204fc816e817c4725516cf5bc43360160390aad54b1dfd00",  # testfixtures-7.0.0-py3-none-any.whl
    ("testfixtures", "12.2.0", "auto"): "d86f5bb7903871a14394f38f8e05b23058eb402f2d62c536f94423542255434f",  # testfixtures-12.2.0-py3-none-any.whl
    ("testfixtures", "12.3.0", "auto"): "da013e07f1e850b4d92ea6045c4a71f49d6ddcaab11c8b29f65ea38ff678aee8",  # testfixtures-12.3.0-py3-none-any.whl
    # hunt60b: schematics 2.0.1's `types/net.py` computes `__all__ = module_exports(__name__)` (no str constant in it)
    ("schematics", "2.0.1", "auto"): "d9798a9ba0e1e1f2bde4a15780baa95ed66f748fa52d22bb89893d66ad0fac55",  # schematics-2.0.1-py2.py3-none-any.whl
    ("schematics", "2.1.0", "auto"): "8fcc6182606fd0b24410a1dbb066d9bbddbe8da9c9509f47b743495706239283",  # schematics-2.1.0-py2.py3-none-any.whl
    # hunt60b: marshmallow-oneofschema 2.1's `OneOfSchema.type_schemas = []`, read by its methods as a dict (`.get`)
    ("marshmallow-oneofschema", "2.1.0", "auto"): "fa49dc4c7071fb70430fdff5a49f998780371879f090b47aeecb45c33b3b9ac2",  # marshmallow_oneofschema-2.1.0-py2.py3-none-any.whl
    ("marshmallow-oneofschema", "3.0.0", "auto"): "d261208040cfc4d458f69a97f60dff68994811b2ad502ff9e66250701174a871",  # marshmallow_oneofschema-3.0.0-py2.py3-none-any.whl
    # hunt60b: oic 1.0's `SessionDB(refresh_token_expires_in=None)` only warns when it is given
    ("oic", "0.15.1", "auto"): "a19c2a2017e9ceff9a5931ef129704219c27c8a072ca1dd445b97b1ae5f9ef6a",  # oic-0.15.1-py3-none-any.whl
    ("oic", "1.0.0", "auto"): "3a749e13dce3eed186ab865bd43782a41d98c4d7b73b6d3ade68d85c8d956ea0",  # oic-1.0.0-py3-none-any.whl
    # hunt60b: django-rq 3.0's `rqenqueue` command reads `options["queue"]`, an option its `add_arguments` declares
    ("django-rq", "2.10.3", "auto"): "f73da09708caf4abc4b16800acf762a00e59885eb8f7a94a83bf06ee2a40b26b",  # django_rq-2.10.3-py2.py3-none-any.whl
    ("django-rq", "3.0.0", "auto"): "bd2ef287a28301f64c4282293648e4f8c6076dd895a545c9c6b98bde4a82a4ce",  # django_rq-3.0.0-py2.py3-none-any.whl
    # hunt60b: openapi-spec-validator 0.6's `SpecValidator.iter_errors(spec_url=None)` hands it on to `base_uri=""`
    ("openapi-spec-validator", "0.5.7", "auto"): "8712d2879db7692974ef89c47a3ebfc79436442921ec3a826ac0ce80cde8c549",  # openapi_spec_validator-0.5.7-py3-none-any.whl
    ("openapi-spec-validator", "0.6.0", "auto"): "675f1a3c0d0d8eff9116694acde88bcd4613a95bf5240270724d9d78c78f26d6",  # openapi_spec_validator-0.6.0-py3-none-any.whl
    # hunt60b: cryptojwt 1.0's `@deprecated_alias(issuer=..., owner=...)` on `KeyJar` methods that took neither or one
    ("cryptojwt", "0.8.4", "auto"): "1169ffc8248f68c27d7a17d8dc4848d40b3e2e8ceedddb06409efc7efba1b110",  # cryptojwt-0.8.4-py3-none-any.whl
    ("cryptojwt", "1.0.0", "auto"): "14c616a0dd6e5988c0d8563d75f05ef8086e63e4118ebc65a0e05d2798be68dc",  # cryptojwt-1.0.0-py3-none-any.whl
    # lead61: a command reading an option a base outside the distribution may declare (Django's `BaseCommand`)
    ("django-reversion", "1.10.2", "auto"): "f1ffc5d9d7a9417fdb8593a8a60b49a6223798afb4fa1d069dca728461384a11",  # django-reversion-1.10.2.tar.gz
    ("django-reversion", "2.0.0", "auto"): "89a5c639d9455c1c83c770e3626f2860f39175fc4eb20ce3c802f05d76dc1738",  # django-reversion-2.0.0.tar.gz
    # misses61: pygame-menu 4.0's `Menu.add_*(*args, **kwargs)` hand them to `self.add.<widget>(...)`, `self.add =
    # WidgetManager(self)` built once by the constructor; its `_warn_widgetmanager` method helper deprecates them
    ("pygame-menu", "3.5.8", "auto"): "d30d8ec577c35bb8d37e7ca8de0b0349b21df38cdee54441b1cfce9de2e359fc",  # pygame_menu-3.5.8-py2.py3-none-any.whl
    ("pygame-menu", "4.0.7", "auto"): "71ed056f10bc80c89e81a7fb3d395d50433564e070d863e8b9c0d9c68b401b79",  # pygame_menu-4.0.7-py3-none-any.whl
    # misses61: djangorestframework-simplejwt reads its settings through `APISettings(SIMPLE_JWT, DEFAULTS, ...)`; 3.0
    # and 3.2 drop keys from `DEFAULTS` and refuse them in a `REMOVED_SETTINGS` loop that raises
    ("djangorestframework-simplejwt", "2.1", "auto"): "d639bdc542848dc770ae5c0384b2a71d6d0fd3cc5b7d6c69edf2397b06c96caf",  # djangorestframework_simplejwt-2.1-py2.py3-none-any.whl
    ("djangorestframework-simplejwt", "3.0", "auto"): "a2bafa63f65c2edcdb90e9ae3b9cfdf61bd7ead831e474f74a8e61b036d53f43",  # djangorestframework_simplejwt-3.0-py2.py3-none-any.whl
    ("djangorestframework-simplejwt", "3.1", "auto"): "3b4533e4eda1d0e8cbf72efdcffbfe2601068e24595ae3599dca104dd0bc7e8a",  # djangorestframework_simplejwt-3.1-py2.py3-none-any.whl
    ("djangorestframework-simplejwt", "3.2", "auto"): "7a0a57a71580f67214c09ecc600f35dd2bd61d8c3b9d1d0f7edc2455c293b0f0",  # djangorestframework_simplejwt-3.2-py2.py3-none-any.whl
    # misses61: ormar 0.11's `get_or_create(self, _defaults=None, *args, **kwargs)` inserts a slot before the `*args`
    # it hands whole to `self.get`: a caller's first filter clause now fills `_defaults`
    ("ormar", "0.10.25", "auto"): "8b68833bc037ae746080d0dce9a1b29c8944f8afb15d84580aa0b696ad9bb265",  # ormar-0.10.25-py3-none-any.whl
    ("ormar", "0.11.0", "auto"): "5082ae37fa05f40e1ccaf1b082e6075f82eafd9fa1a90d57b2446719c7390dd1",  # ormar-0.11.0-py3-none-any.whl
    # recall61a: libtmux 0.40 renamed `_global=` (the keyword `global` escaped) to `global_=`
    ("libtmux", "0.39.0", "auto"): "6b6e338be2727f67aa6b7eb67fa134368fa3c3eac5df27565396467692891c1e",  # libtmux-0.39.0-py3-none-any.whl
    ("libtmux", "0.40.0", "auto"): "e1a8e5758f26437476fa12eff54e5afa4a20f5e0ce359cb0e747c8360a024a2e",  # libtmux-0.40.0-py3-none-any.whl
    # recall61a: libtmux 0.46 dropped the names its helper package `libtmux/test/` bound at its root
    ("libtmux", "0.45.0", "auto"): "6c9cde8f00f73817ad05f4f09900d410ea553b82901e7e49a433766c98428bd2",  # libtmux-0.45.0-py3-none-any.whl
    ("libtmux", "0.46.0", "auto"): "27f3908dfff12de4dd534563e73cb77c18aefa3f0faccaba80d65db59beacc61",  # libtmux-0.46.0-py3-none-any.whl
    # recall61a: flufl.lock exports `Lock` from its private `_lockfile` through atpublic's `_public(Lock=Lock, ...)`
    ("flufl-lock", "3.2", "auto"): "a8d66accc9ab41f09961cd8f8db39f9c28e97e2769659a3567c63930a869ff5b",  # flufl.lock-3.2.tar.gz
    ("flufl-lock", "4.0", "auto"): "b853612c74967d285b6e2f441e0793635ff834e3a8425944777ca8ea7f20a914",  # flufl.lock-4.0.tar.gz
    ("flufl-lock", "5.0", "auto"): "eaf53cb2dbc4e3697b6b834c118c3abd3dd194e47e30061df7e20941fe48ee27",  # flufl.lock-5.0.tar.gz
    # recall61c: fonttools 4.33 stopped reading FONTTOOLS_GPOS_COMPACT_MODE, read through a constant another module binds
    ("fonttools", "4.32.0", "auto"): "b038d1a0dee0079de7ade57071e2e2aced6e35bd697de244ac62938b2b1628c1",  # fonttools-4.32.0-py3-none-any.whl
    ("fonttools", "4.33.0", "auto"): "14b94aab22439b9bd46c8f44b057b1d2f4b7ebe86556f9b15a1b25694bb12519",  # fonttools-4.33.0-py3-none-any.whl
    # recall61b: pathvalidate 3.0's `ErrorReason` (an Enum) members hold tuples where 2.5 held strs: no member changed type
    ("pathvalidate", "2.5.2", "auto"): "e39a4dfacdba70e3a96d3e4c6ff617a39e991cf242e6e1f2017f1f67c3408d33",  # pathvalidate-2.5.2-py3-none-any.whl
    ("pathvalidate", "3.0.0", "auto"): "dcdb89f0bde6fd5eba6f2202a7863f657afbc810ef32f60e9258d58ede8155ac",  # pathvalidate-3.0.0-py3-none-any.whl
    # recall61b: numpydoc 1.5 no longer registers `numpydoc_use_blockquotes` (`app.add_config_value`), 1.3 `numpydoc_edit_link`
    ("numpydoc", "1.2.1", "auto"): "2d317df5fd9404a5199bb993c1b6627436b2804582d2775bf9ccf3c5912ebe99",  # numpydoc-1.2.1-py3-none-any.whl
    ("numpydoc", "1.3", "auto"): "60f94b4f8879f0fa6bb02feba42620352017f662ae8ca1a456fca398bca8c10c",  # numpydoc-1.3-py3-none-any.whl
    ("numpydoc", "1.4.0", "auto"): "fd26258868ebcc75c816fe68e1d41e3b55bd410941acfb969dee3eef6e5cf260",  # numpydoc-1.4.0-py3-none-any.whl
    ("numpydoc", "1.5.0", "auto"): "c997759fb6fc32662801cece76491eedbc0ec619b514932ffd2b270ae89c07f9",  # numpydoc-1.5.0-py3-none-any.whl
    # recall61b: uritools 1.0 dropped `SplitResult.getaddrinfo` etc. from a class whose base is `namedtuple(..., _URI_COMPONENTS)`
    ("uritools", "0.12.0", "auto"): "67fb89416da021880651fbba7b2325894f87cafb20ba54a54e9f3d7276e0322a",  # uritools-0.12.0-py2.py3-none-any.whl
    ("uritools", "1.0.0", "auto"): "6b8dfab38a5da79516cd66215ebac7d2e41dbc5c6c379d4fb7e1ba01f3ce09ae",  # uritools-1.0.0-py2.py3-none-any.whl
    # hunt61b: adafruit-blinka 9.0's microcontroller fills its globals in an `if` test (Connection may still be bound)
    ("adafruit-blinka", "8.70.0", "auto"): "caf765731d4eda6f32140f4c2b1f1a075da7b350a34e096b36942706fe71ad7d",  # adafruit_blinka-8.70.0-py3-none-any.whl
    ("adafruit-blinka", "9.0.0", "auto"): "7faa6f8846de3cbe60b05c472ff392f17b03b6a95dfee2e109075138d18fe83d",  # adafruit_blinka-9.0.0-py3-none-any.whl
    # hunt61b: folium 0.14's GeoJsonPopup(fields=None) was refused by its base's assert (no default lost in 0.15)
    ("folium", "0.14.0", "auto"): "c894e2c029a8ca40e043a311978a895cefe32d746a94263f807dd7b6b2e9c679",  # folium-0.14.0-py2.py3-none-any.whl
    ("folium", "0.15.0", "auto"): "ee59df0a2ea6b958ae0ea0638915457f09711c45bac0e061810b52e7a255c69d",  # folium-0.15.0-py2.py3-none-any.whl
    # hunt61b: snakemake 8's remote providers inherit an __init__ that only raises NotImplementedError (creation raises)
    ("snakemake", "7.32.4", "auto"): "fdc3f15dd7b06fabb7da30d460e0a3b1fba08e4ea91f9c32c47a83705cdc7b6e",  # snakemake-7.32.4.tar.gz
    ("snakemake", "8.0.0", "auto"): "ef38eba3d63881b1b2cb91ab27ac0fce0fbf4d458bc1c49d2c70d916b4485ed7",  # snakemake-8.0.0-py3-none-any.whl
    # hunt61a: ipyparallel 6.3's `DirectView.map(**kwargs)` refuses every key but `block`/`track` before handing them on
    ("ipyparallel", "6.3.0", "auto"): "61013af22cbcbefcaa9ba7b118a6ea1538491a82ef95b0adfd157924777c1df9",  # ipyparallel-6.3.0-py3-none-any.whl
    ("ipyparallel", "7.0.0", "auto"): "9e0fc44a8f77d960a6108b6512b16c945cef460e4d9b9e563edaf82d421728f6",  # ipyparallel-7.0.0-py3-none-any.whl
    # hunt61a: django-parler 2.4's mixin `delete(self, *args, **kwargs)` hands them to `super().delete`, as 2.3's `using`
    ("django-parler", "2.3", "auto"): "8f6c8061e4b5690f1ee2d8e5760940ef06bf78a5bfa033d11178377559c749cf",  # django_parler-2.3-py3-none-any.whl
    ("django-parler", "2.4", "auto"): "0fff7185d581790d7063cbe0f7c57a399517d5ec976536b6c6bc06cf8ad4b956",  # django_parler-2.4-py3-none-any.whl
    # hunt61a: IPython 7.34's `InteractiveShellEmbed(**kw)` only tests `user_global_ns` to refuse it; 8.0 asserts it absent
    ("ipython", "7.34.0", "auto"): "c175d2440a1caff76116eb719d40538fbb316e214eda85c5515c303aacbfb23e",  # ipython-7.34.0-py3-none-any.whl
    ("ipython", "8.0.0", "auto"): "5b58cf977635abad74d76be49dbb2e97fddd825fb8503083d55496aa1160b854",  # ipython-8.0.0-py3-none-any.whl
    # hunt61b: satpy 0.60's NWCSAFGEOHRWFileHandler is a factory returning one of two handlers that keep its members
    ("satpy", "0.59.0", "auto"): "75f5b4eb893fb715ffb9481d3c2e58ab390d55d49baaac0330f68420cb81594a",  # satpy-0.59.0-py3-none-any.whl
    ("satpy", "0.60.0", "auto"): "0ac0544f7464e294cf3f87b5568c6bbbb6432dedbe6b4bf430a2390494830da3",  # satpy-0.60.0-py3-none-any.whl
    # lead62: a deprecation message built by `.format(name, ...)` in a module `__getattr__` (bracex 1.1), and one
    # naming a class of the module in an f-string field (keystoneauth1 5.10's `{AuthConstructor.__qualname__}`)
    ("bracex", "1.0.2", "auto"): "27306ef55c652a2ba15c019262dadd01090d4525dc8d640bff0b1542c112221a",  # bracex-1.0.2-py2.py3-none-any.whl
    ("bracex", "1.1", "auto"): "dd11f9edc0eb31d3e5e317e7924c31488ea034f91cfc87e5933ac65d379fd986",  # bracex-1.1-py2.py3-none-any.whl
    ("keystoneauth1", "5.9.1", "auto"): "71b98835aec72a01f71c5b919c3193dac95342555e89aa35c86d3d86c4ff5f73",  # keystoneauth1-5.9.1-py3-none-any.whl
    ("keystoneauth1", "5.10.0", "auto"): "fd634febb02708d7ab520495168009f1e119cbda96d3478e66a7d9b5b0146f5d",  # keystoneauth1-5.10.0-py3-none-any.whl
    # lead62: structlog 26.1 warns at import only when better-exceptions is installed and Rich is not (no module deprecated)
    ("structlog", "25.5.0", "auto"): "a8453e9b9e636ec59bd9e79bbd4a72f025981b3ba0f5837aebf48f02f37a7f9f",  # structlog-25.5.0-py3-none-any.whl
    ("structlog", "26.1.0", "auto"): "e081a26d6c373e6d201eca24eede26d8ffab07f88f477822e679183428d3d91e",  # structlog-26.1.0-py3-none-any.whl
    # lead62: SQLAlchemy 2.1 declares DeclarativeBaseNoMeta's `registry`/`metadata` under `if TYPE_CHECKING:` in a base
    ("sqlalchemy", "2.0.59", "auto"): "134fce1b81b3ab31bd9f29006ab864a761dfdd172fadfc6bface07a1a9f98f7e",  # sqlalchemy-2.0.59-py3-none-any.whl
    ("sqlalchemy", "2.1.9", "auto"): "449fed5c2caa3b278cc57499d09db001fb3f28dc7f18affc48142aee4dcc0cdf",  # sqlalchemy-2.1.9-py3-none-any.whl
    # falses62: jupyterhub 2.0's `check_hub_user` warns only past returns on the handler's settings (no method deprecation)
    ("jupyterhub", "1.5.1", "auto"): "eac32b5ad6d8344268c978a11d7f70ec36cedb447d1de65b3339bba71a2d4d00",  # jupyterhub-1.5.1-py3-none-any.whl
    ("jupyterhub", "2.0.0", "auto"): "f759e53d77f608b341777329925b032521f48a8c1f3583d0af6bcfce54852d8f",  # jupyterhub-2.0.0-py3-none-any.whl
    # falses62: coloredlogs 14's `tests.py` (one case of 32 tests on humanfriendly's TestCase, four helpers) is test code
    ("coloredlogs", "12.0", "auto"): "5b4243294a1f26036a77e8db425595e59464f2c307cf82989ebe07e7bebd1c4f",  # coloredlogs-12.0-py2.py3-none-any.whl
    ("coloredlogs", "14.0", "auto"): "346f58aad6afd48444c2468618623638dadab76e4e70d5e10822676f2d32226a",  # coloredlogs-14.0-py2.py3-none-any.whl
    # falses62: aptos-sdk 0.8's `transactions.Test(unittest.TestCase)`, a case inside a library module, is test code
    ("aptos-sdk", "0.8.6", "auto"): "94818c54ac18b5eb631e744edfb5dcf721b8fdf28aa8b471814bcab3c6f6f7a5",  # aptos_sdk-0.8.6-py3-none-any.whl
    ("aptos-sdk", "0.9.0", "auto"): "423bf62b28a03fe80ab494ba14dc487a7f2d675b1460bd273722f9a1d05f79d8",  # aptos_sdk-0.9.0-py3-none-any.whl
    # falses62: spatialmath 1.1's `pluckertest.py`, a scratch script printing when loaded, is test code
    ("spatialmath-python", "1.0.5", "auto"): "bddc165cd72ce06e6ba405d86d056468762e885f6dff9265b0e6e1e74220e3c0",  # spatialmath_python-1.0.5-py3-none-any.whl
    ("spatialmath-python", "1.1.0", "auto"): "3ba3526c97fe478ba7b4aeb1eec17d3eb93286250fc02ee59c2bf82ecea4b80d",  # spatialmath_python-1.1.0-py3-none-any.whl
    # misses62: fonttools 4.27 keeps TTFont(allowVID=) in the signature but its __init__ no longer reads it
    ("fonttools", "4.26.2", "auto"): "47ce4aedc815a9d101d3b522c580264ca7e4a921cca6183ed460ad2c65d46f98",  # fonttools-4.26.2-py3-none-any.whl
    ("fonttools", "4.27.0", "auto"): "f12224bde50eaee537120fab09c3ad6f955059f530dfd24f70aa5228be327d72",  # fonttools-4.27.0-py3-none-any.whl
    # misses62: django-compressor 3.0 dropped the django-appconf settings COMPRESS_CSS_FILTERS and COMPRESS_JS_FILTERS
    ("django-compressor", "2.4.1", "auto"): "f8313f59d5e65712fc28787d084fe834997c9dfa92d064a1a3ec3d3366594d04",  # django_compressor-2.4.1-py2.py3-none-any.whl
    ("django-compressor", "3.0", "auto"): "12958fd95b4135cae7b704deeeb5c26da12692b85a2765f1bd30a70c05d5825c",  # django_compressor-3.0-py2.py3-none-any.whl
    # misses62: sphinx-toolbox 2.4 binds visit_issue_node & co. to deprecated(..., func=<the moved function>)
    ("sphinx-toolbox", "2.3.1", "auto"): "21fa3210a46d43bd0bde07a6eab0125d03272450683d06dd09ff4f6a93b79163",  # sphinx_toolbox-2.3.1-py3-none-any.whl
    ("sphinx-toolbox", "2.4.0", "auto"): "8714aed8ddf38d7a458c695e03e11801149cd332ccf7c2e7e0c907646e00e395",  # sphinx_toolbox-2.4.0-py3-none-any.whl
    # hunt62: napari 0.5's Points._add_deprecated_properties() gives Points its old edge_* names through a setter helper
    ("napari", "0.4.19.post1", "auto"): "bdc21ef350bb1f3bb88aca333baa8c233023e3d4d8bacb0b7413a19e2e58aaf1",  # napari-0.4.19.post1-py3-none-any.whl
    ("napari", "0.5.0", "auto"): "99ef718adc90b39d74e1b65478e3bbd03915290c2892cc7313db06b88a94c2c1",  # napari-0.5.0-py3-none-any.whl
    # hunt62: napari 0.4.19's Image sets `data` with the setter of its earlier self (`class Image(Image, _OctreeImageBase)`)
    ("napari", "0.4.18", "auto"): "e10c24ea6fe920d67ef2a64078702a5c423bd9bd56b552aa0e06423d253ff0c2",  # napari-0.4.18-py3-none-any.whl
    # hunt62: napari 0.4.18's Labels.mode is `@Layer.mode.getter`, keeping Layer.mode's setter
    ("napari", "0.4.17", "auto"): "35a580488b279c1148e6fbcdb5962cc04a8204de65182128f1531f2c1bf23f4f",  # napari-0.4.17-py3-none-any.whl
    # hunt62: hyperspy 1.6's SpikesRemoval(t.HasTraits) declared `threshold = t.Float(400)`: never readable on the class
    ("hyperspy", "1.6.5", "auto"): "040d21c40e609d6c4b7b2c9e283a5ccf398450f5996a1dc2442d29e44e03793a",  # hyperspy-1.6.5.tar.gz
    ("hyperspy", "1.7.0", "auto"): "49b3ea491fb5392227e7bcdbd8028c47b8c5aa9346dac58e02bff08f06ea1244",  # hyperspy-1.7.0.tar.gz
    # hunt62: proplot 0.7's Colormap(**kwargs) reads `cut`, `samples`, ... through its own `_pop_modification(key)`
    ("proplot", "0.6.4", "auto"): "5c7a9b6f63beae3de77fe05ce78e302c53cd2d6a0ec19ac74db7d991a3a8f725",  # proplot-0.6.4-py2.py3-none-any.whl
    ("proplot", "0.7.0", "auto"): "a6e1727c9600fcd78fa4bf596dc5b678daf47c1ee8cc0139596ef22356d8dbac",  # proplot-0.7.0-py2.py3-none-any.whl
    # recall62b: bitmath 2.0's parse_string_unsafe(system=SI) now defaults to NIST, two module constants of other values
    ("bitmath", "1.3.3.1", "auto"): "293325f01e65defe966853111df11d39215eb705a967cb115851da8c4cfa3eb8",  # bitmath-1.3.3.1.tar.gz
    ("bitmath", "2.0.0", "auto"): "ce59a9a27dab22fcb9f996d2f65d9416ad6a07aff6a78fdf3bdbfc5b40e9a06e",  # bitmath-2.0.0.tar.gz
    # recall62a: niquests 3.4.3's `ITER_CHUNK_SIZE = -1` (was 512), the default `iter_lines(chunk_size=...)` names
    ("niquests", "3.4.2", "auto"): "fb771583c6e0d1946e8b0b8913a069c4fd7190f58df6b85334dcfa67f28b8d39",  # niquests-3.4.2-py3-none-any.whl
    ("niquests", "3.4.3", "auto"): "e877c891619236862f005861530fdc5d27cbd82a6077e3050dbd2e59324e17dd",  # niquests-3.4.3-py3-none-any.whl
    # recall62a: mwparserfromhell 0.4's Attribute lost `quoted`; StringMixIn.__getattr__ hands names to its text
    ("mwparserfromhell", "0.3.3", "auto"): "885b14b7013ca65b4d6d59baec90210600b536bff6ccf76f7483aaafe027bca4",  # mwparserfromhell-0.3.3.tar.gz
    ("mwparserfromhell", "0.4", "auto"): "e7c60ad0e0aabbe9de974179ccdaf488237acf33e4d25fa837bea4193dc56eb4",  # mwparserfromhell-0.4.tar.gz
    # recall62a: mwparserfromhell 0.2's classmethod `Wikicode._build_filter_methods` sets `"filter_" + name` on `cls`
    ("mwparserfromhell", "0.1.1", "auto"): "28b20763f76315687de6981285b7fb353f5e4fb3e0a03ad67fdc386565bc91d3",  # mwparserfromhell-0.1.1.tar.gz
    ("mwparserfromhell", "0.2", "auto"): "a5831bf84c62d6c5bfdaad75599194befac4f82eeee8ae1abf12abc69f53ec67",  # mwparserfromhell-0.2.tar.gz
    # recall63a: tests/test_apidiff_recall63a.py (no_dereference.__enter__ now returns None)
    ("mongoengine", "0.27.0", "auto"): "c3523b8f886052f3deb200b3218bcc13e4b781661e3bea38587cc936c80ea358",  # mongoengine-0.27.0-py3-none-any.whl
    ("mongoengine", "0.28.0", "auto"): "34f28f34295fe095037c0219e528e72745d405d998d96773e8b1286694a2d38d",  # mongoengine-0.28.0-py3-none-any.whl
    # hunt63: dateparser 1.5 dropped `@apply_settings` from `DateParser.parse` and added type-narrowing asserts
    ("dateparser", "1.4.3", "auto"): "cbce86c64e0cea5c54c84c015d34c903d46c51bfad50632bf2f05a6141d10c05",  # dateparser-1.4.3-py3-none-any.whl
    ("dateparser", "1.5.0", "auto"): "7c4e088f25458f57db391510035af0878439a6df71d159318dcdb0a7553932e3",  # dateparser-1.5.0-py3-none-any.whl
    # hunt63: jsonpath-ng 1.16's `Str(method=None)` opened with `_STR.match(method)`: leaving it out never worked
    ("jsonpath-ng", "1.16.0", "auto"): "c5e28ddd70ebcaeba9af3c2b880933fbfeb108b5e68c9edb84e1b57803091218",  # jsonpath_ng-1.16.0-py3-none-any.whl
    ("jsonpath-ng", "1.17.0", "auto"): "5a44c1d0a02d3f83228256a4a87fcab017f843bf3e0c091a5bb0054fa89431db",  # jsonpath_ng-1.17.0-py3-none-any.whl
    # kinds63: test_apidiff_kinds63's command-line options no longer declared (argparse, pytest's `_addoption`)
    ("MonkeyType", "18.8.0", "auto"): "dd2e520a3e2ed08cdbfab7f530b04c3f1a029ed689e114709a1ed36818f05472",  # MonkeyType-18.8.0-py3-none-any.whl
    ("MonkeyType", "19.1.0", "auto"): "852d53f3118bdb3d23b2d8d3411d50922e55a3735825d6dded3cc37dd5439384",  # MonkeyType-19.1.0-py3-none-any.whl
    ("pytest-sugar", "0.7.1", "auto"): "8de43eacff1b418e6a8edbce15f51dbb707e8cdc1bf875e07dad94aee341fb3f",  # pytest-sugar-0.7.1.tar.gz
    ("pytest-sugar", "0.8.0", "auto"): "439c7303ef6d008e7ce459c9b49d7175930a83798b968e3acdc7a99cc4133a43",  # pytest_sugar-0.8.0-py2.py3-none-any.whl
    ("isort", "4.3.21", "auto"): "6e811fcb295968434526407adb8796944f1988c5b65e8139058f2014cbe100fd",  # isort-4.3.21-py2.py3-none-any.whl
    ("isort", "5.0.0", "auto"): "0d75ab8e70a2cb3281f0bbd02cbb179f6cac3fa5a8a0d29cf3c425f3574271f0",  # isort-5.0.0-py3-none-any.whl
    # kinds63: test_apidiff_kinds63's settings spread with `self.__dict__.update(DEFAULT_SETTINGS)` (element_filters)
    ("html-sanitizer", "1.2.0", "auto"): "8432967039bc33a182c745b97bbaa4d821f833ecc8b24cf32c0fe2b7abc5c647",  # html_sanitizer-1.2.0-py2.py3-none-any.whl
    ("html-sanitizer", "1.3.0", "auto"): "c7e0f6921a445fb2cf03a6bbf57441df4e1cc753572141fae7bc1a24604c8727",  # html_sanitizer-1.3.0-py2.py3-none-any.whl
    # kinds63: test_apidiff_kinds63's class setting deprecated (`elif cls.debug_enabled: show_deprecation_warning(...)`)
    ("dataclass-wizard", "0.33.0", "auto"): "d257d65a707f6ea76140ad5442189ffe6fc68e1d678dc6b3fa25754e3106160d",  # dataclass_wizard-0.33.0-py2.py3-none-any.whl
    ("dataclass-wizard", "0.34.0", "auto"): "9c184edd3526c3523fec2de5b6d6cdfcdc97ed7b2c5ba8bc574284b793704f01",  # dataclass_wizard-0.34.0-py2.py3-none-any.whl
    # recall63b: moviepy 2.0's `@convert_path_to_string("filename")`, a factory returning another's `decorator(wrapper)`
    ("moviepy", "1.0.3", "auto"): "2884e35d1788077db3ff89e763c5ba7bfddbd7ae9108c9bc809e7ba58fa433f5",  # moviepy-1.0.3.tar.gz
    ("moviepy", "2.0.0", "auto"): "c38f2db676f46c7beafeeb5b545eae88dcc252021500fb2ab3cd248dffd41ca6",  # moviepy-2.0.0-py3-none-any.whl
    # recall63b: geopandas 1.0's `datasets.get_path` builds a message, then raises it in both branches of an `if`
    ("geopandas", "0.14.4", "auto"): "3bb6473cb59d51e1a7fe2dbc24a1a063fb0ebdeddf3ce08ddbf8c7ddc99689aa",  # geopandas-0.14.4-py3-none-any.whl
    ("geopandas", "1.0.0", "auto"): "cdd3ddf3c9f978997c7f08d0c544b6f887c94af4bc2e01e3df3ae69a43510df3",  # geopandas-1.0.0-py3-none-any.whl
    # left63: test_apidiff_left63.test_django_guardian_3_0_testapp_settings_are_its_tests
    ("django-guardian", "2.4.0", "auto"): "440ca61358427e575323648b25f8384739e54c38b3d655c81d75e0cd0d61b697",  # django_guardian-2.4.0-py3-none-any.whl
    ("django-guardian", "3.0.0", "auto"): "f3ebe3cc7f486e267041b780c3429ad5db72c909df40c2f74adb1b059582a3cd",  # django_guardian-3.0.0-py3-none-any.whl
    # left63: test_apidiff_left63.test_virtualenv_21_activate_this_globals_are_a_scripts (21.0.0 pinned above)
    ("virtualenv", "21.15.14", "auto"): "816503d7826a2269abc03f7f0dd48ffd3b63db1958a7a3cbeea5a70dd7fe0ff1",  # virtualenv-21.15.14-py3-none-any.whl
    # drf63: djangorestframework 3.15's `BaseSerializer.many_init` pops its list options in a loop over a module
    # constant (test_apidiff_drf63.py)
    ("djangorestframework", "3.14.0", "auto"): "eb63f58c9f218e1a7d064d17a70751f528ed4e1d35547fdade9aaf4cd103fd08",  # djangorestframework-3.14.0-py3-none-any.whl
    ("djangorestframework", "3.15.0", "auto"): "5fa616048a7ec287fdaab3148aa5151efb73f7f8be1e23a9d18484e61e672695",  # djangorestframework-3.15.0-py3-none-any.whl
    # recall64a: test_apidiff_recall64a's method become a generator object `__init__` makes (aiomqtt 2.0's `messages`)
    ("aiomqtt", "1.2.1", "auto"): "3925b40b2b95b1905753d53ef3a9162e903cfab35ebe9647ab4d52e45ffb727f",  # aiomqtt-1.2.1-py3-none-any.whl
    ("aiomqtt", "2.0.0", "auto"): "f3b97eca4a5a2c40769ed14f660520f733be1d2ec383a9976153fe49141e2fa2",  # aiomqtt-2.0.0-py3-none-any.whl
    # recall64a: test_apidiff_recall64a's None a local replaces with an attribute `__init__` sets (dramatiq 2.0's join)
    ("dramatiq", "1.18.0", "auto"): "d360f608aa3cd06f5db714bfcd23825dc7098bacfee52aca536b0bb0faae3c69",  # dramatiq-1.18.0-py3-none-any.whl
    ("dramatiq", "2.0.0", "auto"): "732eff33f9080338b528f2dff7336a5145687cf9efb57a6a0bbd42ca937f1a30",  # dramatiq-2.0.0-py3-none-any.whl
    # miss64: test_apidiff_miss64.test_seaborn_0_13_parameters_defaulting_to_the_deprecated_sentinel
    ("seaborn", "0.12.2", "auto"): "ebf15355a4dba46037dfd65b7350f014ceb1f13c05e814eda2c9f5fd731afc08",  # seaborn-0.12.2-py3-none-any.whl
    ("seaborn", "0.13.0", "auto"): "70d740828c48de0f402bb17234e475eda687e3c65f4383ea25d0cc4728f7772e",  # seaborn-0.13.0-py3-none-any.whl
    # miss64: test_apidiff_miss64.test_mashumaro_3_23_dicts_made_read_only_mappings
    ("mashumaro", "3.22", "auto"): "17dc4d7294c33ef380a8b929dda0608577aa2141988c00a0c4932310108fe71d",  # mashumaro-3.22-py3-none-any.whl
    ("mashumaro", "3.23", "auto"): "a671279ce93119d41c54adcd767753ae68adb32b9473de2f9d5d1720d2376231",  # mashumaro-3.23-py3-none-any.whl
    # left64: hyperspy 2.5 registers update_index_bounds with @t.observe("size"): still called, no hook claim
    ("hyperspy", "2.4.0", "auto"): "cf0c1f9605a7d0e1179d22e14e0bdc4ed6ffba4617fb505fd8b07de7b1dfdd12",  # hyperspy-2.4.0-py3-none-any.whl
    ("hyperspy", "2.5.0", "auto"): "f83ca0298e1f3fd91a2233838021841e8f946748768ad3ecb29fa2b80734de27",  # hyperspy-2.5.0-py3-none-any.whl
    # hunt64: test_apidiff_hunt64.test_smart_open_9_0_4_closefd_was_only_logged_through_locals
    ("smart-open", "9.0.2", "auto"): "945216f3360166fdb42fdee0e19b37f032caaf9429d5797bc06b01d2c75a71a4",  # smart_open-9.0.2-py3-none-any.whl
    ("smart-open", "9.0.4", "auto"): "a0194ca29b392127c0cfc51183e0d9492ca129be91169250996c307ef293d80c",  # smart_open-9.0.4-py3-none-any.whl
    # recall64b: test_apidiff_recall64b (parameters defaulting to a "deprecated" sentinel; numpydoc entries)
    ("imbalanced-learn", "0.11.0", "auto"): "20dc7dee3c838b4d213f021bb2b4007862704160d06bd292a6bdf931590b2516",  # imbalanced_learn-0.11.0-py3-none-any.whl
    ("imbalanced-learn", "0.12.0", "auto"): "02ef5bc9ef046f44aa20353a904366a948f7944155e77b6f09b500a70981fd13",  # imbalanced_learn-0.12.0-py3-none-any.whl
    # left65: python-dotenv 1.2 renamed the click commands `cli.list`/`cli.set`, claimed as commands, not functions
    ("python-dotenv", "1.1.1", "auto"): "31f23644fe2602f88ff55e1f5c79ba497e01224ee7737937930c448e4d0e24dc",  # python_dotenv-1.1.1-py3-none-any.whl
    ("python-dotenv", "1.2.0", "auto"): "26010671bc0310b579dc981d8ae69047138bfdfc224df80211b196e5716150db",  # python_dotenv-1.2.0-py3-none-any.whl
    # recall65b: test_apidiff_recall65b (a setting looked up only to refuse it: django-cors-headers 4's system check)
    ("django-cors-headers", "3.14.0", "auto"): "684180013cc7277bdd8702b80a3c5a4b3fcae4abb2bf134dceb9f5dfe300228e",  # django_cors_headers-3.14.0-py3-none-any.whl
    ("django-cors-headers", "4.0.0", "auto"): "e3cbd247a1a835da4cf71a70d4214378813ea7e08337778b82cb2c1bc19d28d6",  # django_cors_headers-4.0.0-py3-none-any.whl
    # recall65b: test_apidiff_recall65b (methods a class body imports: opensearch-py 2.4's `from ._patch import ...`)
    ("opensearch-py", "2.3.2", "auto"): "b1d6607380c8f19d90c142470939d051f0bac96069ce0ac25970b3c39c431f8b",  # opensearch_py-2.3.2-py2.py3-none-any.whl
    ("opensearch-py", "2.4.0", "auto"): "316077235437c8ceac970232261f3393c65fb92a80f33c5b106f50f1dab24fd9",  # opensearch_py-2.4.0-py2.py3-none-any.whl
    # recall65b: test_apidiff_recall65b (a builtin container return become a class of the release: Commit.files)
    ("PyGithub", "2.3.0", "auto"): "65b499728be3ce7b0cd2cd760da3b32f0f4d7bc55e5e0677617f90f6564e793e",  # PyGithub-2.3.0-py3-none-any.whl
    ("PyGithub", "2.4.0", "auto"): "81935aa4bdc939fba98fee1cb47422c09157c56a27966476ff92775602b9ee24",  # PyGithub-2.4.0-py3-none-any.whl
    # hunt65: tests/test_apidiff_hunt65.py
    ("lightning", "2.5.6", "auto"): "25bb2053078c2efc57c082fda89dfbd975dfa76beb08def191947c2b571a8c8a",  # lightning-2.5.6-py3-none-any.whl
    ("lightning", "2.6.0", "auto"): "f1a13a48909960a3454518486f113fae4fadb2db0e28e9c50d8d38d46c9dc3d6",  # lightning-2.6.0-py3-none-any.whl
    ("instructor", "1.16.0", "auto"): "313ac2ef4f13a4828889a24d65ad3ed63d794506759bd3412c4b71eda197db33",  # instructor-1.16.0-py3-none-any.whl
    ("instructor", "1.17.0", "auto"): "f6b1832d178e899ee0a6a3f247e221f19580fa525c815211c02447691d761217",  # instructor-1.17.0-py3-none-any.whl
    # recall65a: test_apidiff_recall65a (a deprecation said by the docstring right after an assignment)
    ("argon2-cffi", "21.3.0", "auto"): "8c976986f2c5c0e5000919e6de187906cfd81fb1c72bf9d88c01177e77da7f80",  # argon2_cffi-21.3.0-py3-none-any.whl
    ("argon2-cffi", "23.1.0", "auto"): "c670642b78ba29641818ab2e68bd4e6a78ba53b7eff7b4c3815ae16abf91c7ea",  # argon2_cffi-23.1.0-py3-none-any.whl
    # recall65a: test_apidiff_recall65a (a dataclass under a `collections.abc` base made keyword-only)
    ("fido2", "1.2.0", "auto"): "f7c8ee62e359aa980a45773f9493965bb29ede1b237a9218169dbfe60c80e130",  # fido2-1.2.0-py3-none-any.whl
    ("fido2", "2.0.0", "auto"): "685f54a50a57e019c6156e2dd699802a603e3abf70bab334f26affdd4fb8d4f7",  # fido2-2.0.0-py3-none-any.whl
    # hunt66: optuna 4.9's `multi_objective` only raises ModuleNotFoundError at import; 5.0 dropped it
    ("optuna", "4.9.0", "auto"): "f52f3be6148654850c92a5860d398fd88ec6b2c84ab68d9c3d07dcff02e7afee",  # optuna-4.9.0-py3-none-any.whl
    ("optuna", "5.0.0", "auto"): "5fff892ae6baf4948c810c5b8635ec67e08efb0709b41cb73b14e30391d44720",  # optuna-5.0.0-py3-none-any.whl
    # hunt66: ibis 11's `@lazy_singledispatch` functions took their first argument by position only; 12 spells `/`
    ("ibis-framework", "11.0.0", "auto"): "92ff82a96f4eac7f86fa9b6a315e04b5a8f9ed3d186539d88f48e628363f2e72",  # ibis_framework-11.0.0-py3-none-any.whl
    ("ibis-framework", "12.0.0", "auto"): "0bbd790f268da9cb87926d5eaad2b827a573927113c4ed3be5095efa89b9e512",  # ibis_framework-12.0.0-py3-none-any.whl
    # hunt66: whenever 0.11's stub comment `# Deprecated: use DisambiguationStr.` tops a run of aliases; it names one
    ("whenever", "0.10.5", "auto"): "193091633fc1dece4c86e7303cbd4039320b4f45c69dc5ae69b8f711bca82603",  # whenever-0.10.5-py3-none-any.whl
    ("whenever", "0.11.0", "auto"): "2ed4a4562b1b99bb21ff236954d898092fdc45c67e61ae2b154ff471c9e76d54",  # whenever-0.11.0-py3-none-any.whl
    # miss66: test_apidiff_miss66 (a fitted property deprecated in 0.12, removed in 0.14: CondensedNearestNeighbour.estimator_)
    ("imbalanced-learn", "0.13.0", "auto"): "7eb5859f7827cb3babfa5789978c22fe36e56527d9c9768df2d864d98d9b40fe",  # imbalanced_learn-0.13.0-py3-none-any.whl
    ("imbalanced-learn", "0.14.0", "auto"): "8a8700c02ca185e113064815513f990fbf84eb4e7701f1d4e944ce67fb259a60",  # imbalanced_learn-0.14.0-py3-none-any.whl
    ("scikit-learn", "1.9.1", "auto"): "629cada3e33e2b9bf376cdc7614a47a4140b8aedc1d836579e359736fbd82977",  # scikit_learn-1.9.1.tar.gz
    # miss66: test_apidiff_miss66 (FormActions.flat_attrs, a method become an attribute __init__ sets)
    ("django-crispy-forms", "1.14.0", "auto"): "bc4d2037f6de602d39c0bc452ac3029d1f5d65e88458872cc4dbc01c3a400604",  # django_crispy_forms-1.14.0-py3-none-any.whl
    ("django-crispy-forms", "2.0", "auto"): "d1d4e585929058a9ab3b797666ea5b69320b9ba7937f9d146d32173246a6fd13",  # django_crispy_forms-2.0-py3-none-any.whl
    # left66: hypercorn 0.18's `H2Protocol.initiate(settings: bytes | None)`, annotated over the same lines using it
    ("hypercorn", "0.17.3", "auto"): "059215dec34537f9d40a69258d323f56344805efb462959e727152b0aa504547",  # hypercorn-0.17.3-py3-none-any.whl
    ("hypercorn", "0.18.0", "auto"): "225e268f2c1c2f28f6d8f6db8f40cb8c992963610c5725e13ccfcddccb24b1cd",  # hypercorn-0.18.0-py3-none-any.whl
    # left66: llama-index-core 0.14's `AgentWorkflow.run(**kwargs)` took `checkpoint_callback` on to an event it could not read
    ("llama-index-core", "0.13.6", "auto"): "67bec3c06a8105cd82d83db0f8c3122f4e4d8a4b9c7a2768cced6a2686ddb331",  # llama_index_core-0.13.6-py3-none-any.whl
    ("llama-index-core", "0.14.0", "auto"): "be7ffe7ecea89bd04e02ce6fea922d7c79156393d89e6014830072abc9fa4f7d",  # llama_index_core-0.14.0-py3-none-any.whl
    # recall66b: test_apidiff_recall66b (`pk` renamed `primary_key`, the old keyword popped in a walrus test and warned
    # about one `if` deeper; `await bulk_create(...)` now gives None: `__await__`'s generator result)
    ("tortoise-orm", "0.20.1", "auto"): "bf88bc1ba7495a8827565c071efba0a89c4b5f83ff1c16be3c837a4e6b672c21",  # tortoise_orm-0.20.1-py3-none-any.whl
    ("tortoise-orm", "0.21.0", "auto"): "f2252855989756193c18f145226852b74d867754c3b2e3b76e2aa3e010f4ccd0",  # tortoise_orm-0.21.0-py3-none-any.whl
    # recall66b: test_apidiff_recall66b (a module whose top level raises, never importable: whitenoise 5.3's `django.py`)
    ("whitenoise", "5.3.0", "auto"): "d963ef25639d1417e8a247be36e6aedd8c7c6f0a08adcb5a89146980a96b577c",  # whitenoise-5.3.0-py2.py3-none-any.whl
    ("whitenoise", "6.0.0", "auto"): "5a4aff543ee860fbe40d743e556adf92ccd41b7df45697cae074afdf657056b9",  # whitenoise-6.0.0-py3-none-any.whl
    # recall66b: test_apidiff_recall66b (a parameter whose passing calls a function deprecated whole: add_response(files=))
    ("pytest-httpx", "0.16.0", "auto"): "f3aaf57e8106541ce78cc7574b88e6693a1aa78d8fc0921e6eff8d4f70216fbc",  # pytest_httpx-0.16.0-py3-none-any.whl
    ("pytest-httpx", "0.17.0", "auto"): "7c3cd65dacd4297afd52c23c93bee6ee37be55a19fcbbed8bcfdd2cebb67e1ea",  # pytest_httpx-0.17.0-py3-none-any.whl
    # recall66b: test_apidiff_recall66b (a `%` warning naming the class as `self.__class__.__name__`: Env.unicode)
    ("django-environ", "0.8.1", "auto"): "42593bee519a527602a467c7b682aee1a051c2597f98c45f4f4f44169ecdb6e5",  # django_environ-0.8.1-py2.py3-none-any.whl
    ("django-environ", "0.9.0", "auto"): "f21a5ef8cc603da1870bbf9a09b7e5577ab5f6da451b843dbcc721a7bca6b3d9",  # django_environ-0.9.0-py2.py3-none-any.whl
    # recall66a: test_apidiff_recall66a (a class __getattr__ serving items of its own mappings loses methods for real)
    ("python-gitlab", "3.15.0", "auto"): "8f8d1c0d387f642eb1ac7bf5e8e0cd8b3dd49c6f34170cee3c7deb7d384611f3",  # python_gitlab-3.15.0-py3-none-any.whl
    ("python-gitlab", "4.0.0", "auto"): "a48385145ef06b41ee75971375bf8ddb1c905024fe71ee97d90a6c859e6b8ebf",  # python_gitlab-4.0.0-py3-none-any.whl
    # recall66a: test_apidiff_recall66a (class attributes a factory of the release makes are the def it returns)
    ("environs", "10.3.0", "auto"): "feeaf28f17fd0499f9cd7c0fcf408c6d82c308e69e335eb92d09322fc9ed8138",  # environs-10.3.0-py3-none-any.whl
    ("environs", "11.0.0", "auto"): "e0bcfd41c718c07a7db422f9109e490746450da38793fe4ee197f397b9343435",  # environs-11.0.0-py3-none-any.whl
    # recall66a: test_apidiff_recall66a (a nested class lost by a class whose __getattr__ serves items)
    ("stripe", "7.14.0", "auto"): "f39def4dec42b374a39b110ab809c8130e14b7027ee40e3111a658e0f46709cb",  # stripe-7.14.0-py2.py3-none-any.whl
    ("stripe", "8.0.0", "auto"): "0c6c7ded4ae98340107a9d61f2d029ea0802ee88580c9bebb3693230557e766c",  # stripe-8.0.0-py2.py3-none-any.whl
    # recall66c: test_apidiff_recall66c (a decorator factory made with `decorator(caller)` deprecating what it wraps)
    ("librosa", "0.9.2", "auto"): "322a813e6d37af9fbc369e6a637dcf5fdc5c6925ce806a0d27c68de61a81350f",  # librosa-0.9.2-py3-none-any.whl
    ("librosa", "0.10.0", "auto"): "6db29c1467168da21313203dcef405a73a678d3aad0fbc67607250b2f08a3f5a",  # librosa-0.10.0-py3-none-any.whl
    # recall66c: test_apidiff_recall66c (a None default that skips storing into an attribute preset to the default)
    ("wsproto", "0.15.0", "auto"): "e3d190a11d9307112ba23bbe60055604949b172143969c8f641318476a9b6f1d",  # wsproto-0.15.0-py2.py3-none-any.whl
    ("wsproto", "1.0.0", "auto"): "d8345d1808dd599b5ffb352c25a367adb6157e664e140dbecba3f9bc007edb9f",  # wsproto-1.0.0-py3-none-any.whl
    # attrs66: django-filter 22.1 no longer reads `filter_class`/`filter_fields` from DRF views (21.1 read them from
    # the view under a deprecation warning); measured for a user-attribute-unread claim
    ("django-filter", "21.1", "auto"): "f4a6737a30104c98d2e2a5fb93043f36dd7978e0c7ddc92f5998e85433ea5063",  # django_filter-21.1-py3-none-any.whl
    ("django-filter", "22.1", "auto"): "ed429e34760127e3520a67f415bec4c905d4649fbe45d0d6da37e6ff5e0287eb",  # django_filter-22.1-py3-none-any.whl
    # dunder66: test_apidiff_dunder66 (special methods no operation needs: PKey.__cmp__ Python 3 never calls, __str__ falling back to object's)
    ("paramiko", "2.12.0", "auto"): "b2df1a6325f6996ef55a8789d0462f5b502ea83b3c990cbb5bbe57345c6812c4",  # paramiko-2.12.0-py2.py3-none-any.whl
    ("paramiko", "3.0.0", "auto"): "6bef55b882c9d130f8015b9a26f4bd93f710e90fe7478b9dcc810304e79b3cd8",  # paramiko-3.0.0-py3-none-any.whl
    # words66: test_apidiff_words66 (an optional parameter renamed in its slot over the same code: read_until(expected=))
    ("pyserial", "3.4", "auto"): "e0770fadba80c31013896c7e6ef703f72e7834965954a78e71a3049488d4d7d8",  # pyserial-3.4-py2.py3-none-any.whl
    ("pyserial", "3.5", "auto"): "c4451db6ba391ca6ca299fb3ec7bae67a5c55dde170964c7a14ceefec02f2cf0",  # pyserial-3.5-py2.py3-none-any.whl
    # words66: test_apidiff_words66 (a warning handed a module global's text as its message: html5lib's sanitizer)
    ("html5lib", "1.0.1", "auto"): "20b159aa3badc9d5ee8f5c647e5efd02ed2a66ab8d354930bd9ff139fc1dc0a3",  # html5lib-1.0.1-py2.py3-none-any.whl
    ("html5lib", "1.1", "auto"): "0d78f8fde1c230e99fe37986a60526d7049ed4bf8a9fadbad5f00e22e58e041d",  # html5lib-1.1-py2.py3-none-any.whl
    # words66: test_apidiff_words66 (a deprecation decorator's keywords word it: since=, alternative=, removal=)
    ("langchain-core", "0.1.45", "auto"): "91eff20de0bcf5f025e1d8c4582cb597a9c17527965eb03b314486e7c834e7df",  # langchain_core-0.1.45-py3-none-any.whl
    ("langchain-core", "0.1.46", "auto"): "1c0befcd2665dd4aa153318aa9bf729071644b4c179e491769b8e583b4bf7441",  # langchain_core-0.1.46-py3-none-any.whl
    # words66: test_apidiff_words66 (a lost base named by the public path users spell: beartype.roar's exceptions)
    ("beartype", "0.19.0", "auto"): "33b2694eda0daf052eb2aff623ed9a8a586703bbf0a90bbc475a83bbf427f699",  # beartype-0.19.0-py3-none-any.whl
    ("beartype", "0.20.0", "auto"): "090d10e3540b3fca209a0ab5f1c15f9652a075da0a7249c2e6713011e9e5f6ef",  # beartype-0.20.0-py3-none-any.whl
    # hunt66b: librosa 1.0's `@future_default(...)` over `stream` is no future-making decorator
    ("librosa", "0.11.0", "auto"): "0b6415c4fd68bff4c29288abe67c6d80b587e0e1e2cfb0aad23e4559504a7fa1",  # librosa-0.11.0-py3-none-any.whl
    ("librosa", "1.0.1", "auto"): "bc26f947ca08307c5ff116b219560372aa340213d7f3cc2cf1f3f02b4e251147",  # librosa-1.0.1-py3-none-any.whl
    # hunt66b: albumentations 2's metaclass sets `dct["__init__"] = custom_init`, which only warns about lost keywords
    ("albumentations", "1.4.24", "auto"): "2f639257a11e681071f4f7d10f6a6d874ae705bcce52746874cd8d7e317a16d7",  # albumentations-1.4.24-py3-none-any.whl
    ("albumentations", "2.0.8", "auto"): "c4c4259aaf04a7386ad85c7fdcb73c6c7146ca3057446b745cc035805acb1017",  # albumentations-2.0.8-py3-none-any.whl
    # hunt66b: scipy 1.17's `dok_array.pop(self, /, *args)` delegated to `self._dict.pop(*args)`
    ("scipy", "1.17.1", "auto"): "95d8e012d8cb8816c226aef832200b1d45109ed4464303e997c5b13122b297c0",  # scipy-1.17.1.tar.gz
    ("scipy", "1.18.1", "auto"): "52c4b7422442aba924d03ad4019852b08a92e64ea187b933135687bfe2747307",  # scipy-1.18.1.tar.gz
    # words70: scipy 1.8 made `scipy.linalg.basic` etc. shims whose `__getattr__` raises for names outside `__all__`
    ("scipy", "1.7.3", "auto"): "ab5875facfdef77e0a47d5fd39ea178b58e60e454a4c85aa1e52fcb80db7babf",  # scipy-1.7.3.tar.gz
    ("scipy", "1.8.0", "auto"): "31d4f2d6b724bc9a98e527b5849b8a7e589bf1ea630c33aa563eda912c9ff0bd",  # scipy-1.8.0.tar.gz
    # words70: libpysal 4.10's `voronoi_frames(geometry, ...)` took `points` in that slot in 4.9.2
    ("libpysal", "4.9.2", "auto"): "92533534761e230d54c7ac561056a311a10a85f82be656baeb13cd73c0d50c25",  # libpysal-4.9.2-py3-none-any.whl
    ("libpysal", "4.10", "auto"): "c2e871d5d318d979ad454fa3b77825f136661c78c5701c162a695ab262bbb688",  # libpysal-4.10-py3-none-any.whl
    # hunt66b: sympy 1.13's `Basic.subs(*args)` refused no argument through an `if`/`elif` chain ending in `raise`
    ("sympy", "1.13.3", "auto"): "54612cf55a62755ee71824ce692986f23c88ffa77207b30c1368eda4a7060f73",  # sympy-1.13.3-py3-none-any.whl
    ("sympy", "1.14.0", "auto"): "e091cc3e99d2141a0ba2847328f5479b05d94a6635cb96148ccb3f34671bd8f5",  # sympy-1.14.0-py3-none-any.whl
    # hunt66b: xgboost 3.3's sdist builds with its in-tree backend `packager` and a hatch hook `hatch_build.py`
    ("xgboost", "3.3.0", "auto"): "58bcb8a4cace648cdab7b94fa4f16d2c9ff26d90dd4d26907168106fa06d8746",  # xgboost-3.3.0.tar.gz
    ("xgboost", "3.4.1", "auto"): "6968a4c71efdfa859df0dfcad0d99211c95c28c4ffd6aecff46efff77d18026a",  # xgboost-3.4.1.tar.gz
    # motor 3.0 dropped class attributes a call made (`fsync = AsyncCommand()`) from classes whose `__getattr__`
    # answers with items (tests/test_apidiff_rc67.py)
    ("motor", "2.5.1", "auto"): "961fdceacaae2c7236c939166f66415be81be8bbb762da528386738de3a0f509",  # motor-2.5.1-py3-none-any.whl
    ("motor", "3.0.0", "auto"): "b076de44970f518177f0eeeda8b183f52eafa557775bfe3294e93bda18867a71",  # motor-3.0.0-py3-none-any.whl
    # missa67: test_apidiff_missa67 (option types given as strings, optparse's, no longer mapped: Option(type="string"))
    ("flake8", "5.0.4", "auto"): "7a1cf6b73744f5806ab95e526f6f0d8c01c66d7bbe349562d22dfca20610b248",  # flake8-5.0.4-py2.py3-none-any.whl
    ("flake8", "6.0.0", "auto"): "3833794e27ff64ea4e9cf5d410082a8b97ff1a06c16aa3d2027339cd0f1195c7",  # flake8-6.0.0-py2.py3-none-any.whl
    # ra67: test_apidiff_ra67 (a false default used only where true, now a None used only where not None)
    ("tweepy", "3.10.0", "auto"): "5e22003441a11f6f4c2ea4d05ec5532f541e9f5d874c3908270f0c28e649b53a",  # tweepy-3.10.0-py2.py3-none-any.whl
    ("tweepy", "4.0.0", "auto"): "bd3af045bed9cd6a838c32a1344d48191096e5cb930012452f8397b12c89d785",  # tweepy-4.0.0-py2.py3-none-any.whl
    # ra67: test_apidiff_ra67 (a stale module the new wheel ships, whose relative import names what is gone)
    ("requests-toolbelt", "0.10.1", "auto"): "18565aa58116d9951ac39baa288d3adb5b3ff975c4f25eee78555d89e8f247f7",  # requests_toolbelt-0.10.1-py2.py3-none-any.whl
    ("requests-toolbelt", "1.0.0", "auto"): "cccfdd665f0a24fcf4726e690f65639d272bb0637b9b92dfd91a5568ccf6bd06",  # requests_toolbelt-1.0.0-py2.py3-none-any.whl
    # left67: test_apidiff_left67 (ID3TagError and its siblings, docstring-deprecated in 1.47's `id3._util`, re-exported
    # by 1.48 as `id3.X as X`: no new deprecation)
    ("mutagen", "1.47.0", "auto"): "edd96f50c5907a9539d8e5bba7245f62c9f520aef333d13392a79a4f70aca719",  # mutagen-1.47.0-py3-none-any.whl
    ("mutagen", "1.48.0", "auto"): "60a48d3e30173f728170fb0503f66b26026bf7629afb12546b18395c5cdf0bd6",  # mutagen-1.48.0-py3-none-any.whl
    # rb67: selenium 4.3 hands parameters to `super().__init__`, 4.2 to `RemoteWebDriver.__init__(self, ...)`
    ("selenium", "4.2.0", "auto"): "ba5b2633f43cf6fe9d308fa4a6996e00a101ab9cb1aad6fd91ae1f3dbe57f56f",  # selenium-4.2.0-py3-none-any.whl
    ("selenium", "4.3.0", "auto"): "f67402b8f973aaa98d9c55b8f9aa63532009cd1859b2222a8b9800354942d8bc",  # selenium-4.3.0-py3-none-any.whl
    # rb67: h5py 3.0 dropped names its `__init__` imported from the compiled `h5t` (sdists: no pure wheel)
    ("h5py", "2.10.0", "auto"): "84412798925dc870ffd7107f045d7659e60f5d46d1c70c700375248bf6bf512d",  # h5py-2.10.0.tar.gz
    ("h5py", "3.0.0", "auto"): "7d3803be1b530c68c2955faba726dc0f591079b68941a0c0269b5384a42ab519",  # h5py-3.0.0.tar.gz
    # rb67: astroid 3.0 reads `node.type_comment` where 2.15 read `getattr(node, "type_comment", None)`
    ("astroid", "2.15.8", "auto"): "1aa149fc5c6589e3d0ece885b4491acd80af4f087baafa3fb5203b113e68cd3c",  # astroid-2.15.8-py3-none-any.whl
    ("astroid", "3.0.0", "auto"): "f2510e7fdcd6cfda4ec50014726d4857abf79acfc010084ce8c26091913f1b25",  # astroid-3.0.0-py3-none-any.whl
    # rb67: anndata 0.10's `readwrite` star import now follows `_io.__all__` to the `read_loom` 0.9 already warned of
    ("anndata", "0.9.2", "auto"): "badab44bf0b4d598ae49403ee634a6ffc8896d9aa21db52f0f6af98d6fe1fceb",  # anndata-0.9.2-py3-none-any.whl
    ("anndata", "0.10.0", "auto"): "14e512b2865f1adf0b07e8988fc6dd1db2d8a0a9330f7ef405f3ed1ce071141f",  # anndata-0.10.0-py3-none-any.whl
    # hunt67: apscheduler 2 refused any `**values` key outside its fields; 3.x names them
    ("apscheduler", "2.1.2", "auto"): "ebf44af5d46333b2f7428e5e791856c7612d11b9537fb8a33b3e82a1f08d78cf",  # APScheduler-2.1.2-py2.py3-none-any.whl
    ("apscheduler", "3.11.3", "auto"): "bbeb2ec02d23d3c06a6c07ed7f0f3939ada6680eb121fae809a69bb42c537a30",  # apscheduler-3.11.3-py3-none-any.whl
    # missb67: tweepy 4.0 drops `Stream.url`, an attribute set in `_start`/`filter`, never in `__init__`
    # missb67: mercantile 1.2 deprecates values of a parameter (a warning under a test of the argument's value)
    ("mercantile", "1.1.6", "auto"): "20895bcee8cb346f384d8a1161fde4773f5b2aa937d90a23aebde766a0d1a536",  # mercantile-1.1.6-py3-none-any.whl
    ("mercantile", "1.2.0", "auto"): "9b0ca248a459efdc1263e9baee8040b3559a636d97050a86c9f59077af718241",  # mercantile-1.2.0-py3-none-any.whl
    ("neo4j", "5.28.8", "auto"): "f8ecdad94be88f0f7a766a284a9a7023db9e7bd92d1b0a4fe6d6e191feb97f91",  # neo4j-5.28.8-py3-none-any.whl
    ("neo4j", "6.4.1", "auto"): "f56a281c74355522fc2642df8919bec450115431531b8f3f6fe1cc17acb57a27",  # neo4j-6.4.1-py3-none-any.whl
    ("sanic", "22.12.0", "auto"): "84edf46cc17d13264ccec0ae6622e43087498f95644dc336ade74a2d5e6c88cb",  # sanic-22.12.0-py3-none-any.whl
    ("sanic", "23.3.0", "auto"): "7cafbd63da9c6c6d8aeb8cb4304addf8a274352ab812014386c63e55f474fbee",  # sanic-23.3.0-py3-none-any.whl
    ("lightgbm", "3.3.5", "auto"): "10b8fbdcf851e4f68a1f02f38d99bdc44c7c7fb9b1a62dcf924a0d29ff73395c",  # lightgbm-3.3.5.tar.gz
    ("lightgbm", "4.0.0", "auto"): "03d1b3903aa51cd9a5e3965941236f2a7bf5a69d7a76059dbf68fd9b4fc92d8f",  # lightgbm-4.0.0.tar.gz
    ("dj-rest-auth", "2.2.8", "auto"): "9fb3492888185ede8b2064ad6803120c7b0b83ab08e2347a02e9b44282374242",  # dj-rest-auth-2.2.8.tar.gz
    ("dj-rest-auth", "3.0.0", "auto"): "ee792c6b380dac20ecacb79769681cc30896f56ddf8212d370f7c220a5c6a0cf",  # dj-rest-auth-3.0.0.tar.gz
    # words68: a required positional parameter renamed in its slot (`module` -> `target`, `element` -> `r`)
    ("python-docx", "0.8.11", "auto"): "1105d233a0956dd8dd1e710d20b159e2d72ac3c301041b95f4d4ceb3e0ebebc4",  # python-docx-0.8.11.tar.gz
    ("python-docx", "1.2.0", "auto"): "3fd478f3250fbbbfd3b94fe1e985955737c145627498896a8a6bf81f4baf66c7",  # python_docx-1.2.0-py3-none-any.whl
    ("wrapt", "1.17.3", "auto"): "7171ae35d2c33d326ac19dd8facb1e82e5fd04ef8c6c0e394d7af55a55051c22",  # wrapt-1.17.3-py3-none-any.whl
    ("wrapt", "2.0.0", "auto"): "02482fb0df89857e35427dfb844319417e14fae05878f295ee43fa3bf3b15502",  # wrapt-2.0.0-py3-none-any.whl
    ("cookiecutter", "2.1.1", "auto"): "9f3ab027cec4f70916e28f03470bdb41e637a3ad354b4d65c765d93aad160022",  # cookiecutter-2.1.1-py2.py3-none-any.whl
    ("cookiecutter", "2.2.0", "auto"): "6e1bb4a641e1fc86754a7c55da6ff740e81c1cfb0b3e2fb5699296a395ea2ce2",  # cookiecutter-2.2.0-py3-none-any.whl
    # words68: `**kwds` handed to a base's own `**kwds` (schema classes' `__init__(*args, **kwds)`)
    ("altair", "5.5.0", "auto"): "91a310b926508d560fe0148d02a194f38b824122641ef528113d029fcd129f8c",  # altair-5.5.0-py3-none-any.whl
    ("altair", "6.3.0", "auto"): "7defb6ca730676dfc99a299768e2769f51585fcb3dc960ea71aacc368929d65e",  # altair-6.3.0-py3-none-any.whl
    # rb69: pyproject-metadata 0.9 made its `License`/`Readme` NamedTuples frozen dataclasses, and the `-> str`
    # property `StandardMetadata.metadata_version` the dataclass field `str | None`
    ("pyproject-metadata", "0.8.1", "auto"): "adf593fa478b787c90cc77fcea4114f19a3a1335532bdcba2851be9459a6c39e",  # pyproject_metadata-0.8.1-py3-none-any.whl
    ("pyproject-metadata", "0.9.0", "auto"): "fc862aab066a2e87734333293b0af5845fe8ac6cb69c451a41551001e923be0b",  # pyproject_metadata-0.9.0-py3-none-any.whl
    # rb69: cloup 3.0 made its `HelpTheme` NamedTuple a frozen dataclass
    ("cloup", "2.1.2", "auto"): "2e2e5040f1e85f7f391487c1aeeb0cce3e7cfed3493e67fc2aabc683551ba7b7",  # cloup-2.1.2-py2.py3-none-any.whl
    ("cloup", "3.0.0", "auto"): "77bf7bbff6cfcd3f4053583f2307dea4806c9c3e0492ad5ca90e66b5a1bc0682",  # cloup-3.0.0-py2.py3-none-any.whl
    # rb69: pyhamcrest 1.10 called `append_string_in_python_syntax` only in arms no Python 3 runs
    ("pyhamcrest", "1.10.1", "auto"): "d31a6793c6e5fa47137d7be3e796df3645b0afa0092db01ec946d6bee086ab8c",  # PyHamcrest-1.10.1-py3-none-any.whl
    ("pyhamcrest", "2.0.0", "auto"): "36cda5e849e3ee9ce54628667471e5e769f596259bb3c13c3596f6059a615ef8",  # PyHamcrest-2.0.0-py3-none-any.whl
    ("osmnx", "1.9.4", "auto"): "18ebb2356733c7ec25e44e952c4ca2155a25a12385fef0ea8ec7e3c4bd175887",  # osmnx-1.9.4-py3-none-any.whl
    ("osmnx", "2.0.0", "auto"): "962f4ddf61f7b04be7e571357b543ebbac1b9b3be2a01d40e13523167a77e9c3",  # osmnx-2.0.0-py3-none-any.whl
    ("nibabel", "4.0.2", "auto"): "c4fe76348aa865f8300beaaf2a69d31624964c861853ef80c06e33d5f244413c",  # nibabel-4.0.2-py3-none-any.whl
    ("nibabel", "5.0.0", "auto"): "f8a4d08890cd95a7351c169e4ce69133b1292da24c6d0b42175c502f2534a21c",  # nibabel-5.0.0-py3-none-any.whl
    ("nibabel", "5.0.1", "auto"): "f2f1495a00ac3bb914ad4b1740d9100f7ace8f0af399c45da9075ad4cf01fcaa",  # nibabel-5.0.1-py3-none-any.whl
    ("pywavelets", "1.4.1", "auto"): "6437af3ddf083118c26d8f97ab43b0724b956c9f958e9ea788659f6a2834ba93",  # PyWavelets-1.4.1.tar.gz
    ("pywavelets", "1.5.0", "auto"): "d9e25c7cabef7ccd53f5fead26ab22152fe4cb937bad7411b5d506e2b5de38f6",  # pywavelets-1.5.0.tar.gz
    # hunt69: joblib 1.6 dropped its vendored `joblib/externals/cloudpickle` for the cloudpickle it now requires
    ("joblib", "1.5.3", "auto"): "5fc3c5039fc5ca8c0276333a188bbd59d6b7ab37fe6632daa76bc7f9ec18e713",  # joblib-1.5.3-py3-none-any.whl
    ("joblib", "1.6.0", "auto"): "3dbbf9f6e4b592a2357b854608e980fe6390d131d7a82f011a377ef2ebef7aba",  # joblib-1.6.0-py3-none-any.whl
    # hunt69: weasyprint 70 warns at import when a native library probe found nothing (no module deprecation)
    ("weasyprint", "69.0", "auto"): "475951cfd917014de6d4d005caff48c6aa867e7e42b80cd5b16a0484a1609ee6",  # weasyprint-69.0-py3-none-any.whl
    ("weasyprint", "70.0", "auto"): "5043e55e38d2a2af2b2b871e869697b1f65dad5f8b4a3677961d04ceacf9c5fe",  # weasyprint-70.0-py3-none-any.whl
    # hunt69: langchain 0.3's `tools.__getattr__` answers two names with helpers that only raise ImportError
    ("langchain", "0.3.27", "auto"): "7b20c4f338826acb148d885b20a73a16e410ede9ee4f19bb02011852d5f98798",  # langchain-0.3.27-py3-none-any.whl
    ("langchain", "1.0.0", "auto"): "8c95e41250fc86d09a978fbdf999f86c18d50a28a2addc5da88546af00a1ad15",  # langchain-1.0.0-py3-none-any.whl
    # hunt69: clickhouse-connect 1.0 hands its `**kwargs` dict to a helper at its ninth slot, which pops `user`
    ("clickhouse-connect", "0.15.1", "auto"): "f2aaf5fc0bb3098c24f0d8ca7e4ecbe605a26957481dfca2c8cef9d1fad7b7ca",  # clickhouse_connect-0.15.1.tar.gz
    ("clickhouse-connect", "1.0.0", "auto"): "0d4ed1e296c6e77dc0dbf486607cc39fc6e36866abb653543d5ad0a8426ea8f0",  # clickhouse_connect-1.0.0.tar.gz
    # left69: test_apidiff_left69 (methods a class decorator copies from the class its call hands)
    ("google-cloud-pubsub", "1.7.2", "auto"): "9ec0d6e3700e1d6dba7eb984736766aab8c38651a188c112a8fe7b602e04b1c7",  # google_cloud_pubsub-1.7.2-py2.py3-none-any.whl
    ("google-cloud-pubsub", "2.0.0", "auto"): "e794fe0b227f0c14826175e00650d2eaa8fd8647cad5e8ccfb6b73f9a85a07bc",  # google_cloud_pubsub-2.0.0-py2.py3-none-any.whl
    # left69: test_apidiff_left69 (a property returning what a private helper warning of a deprecation gives)
    ("praw", "6.5.1", "auto"): "252246f8ea2ae6fba59bbf45de3fed568a80c086bca66747a2745dff5e11df4a",  # praw-6.5.1-py3-none-any.whl
    ("praw", "7.0.0", "auto"): "74e4b6c3f206342d05272ce1770ac7b9c48207c9a7ffea3d5251460b70f18188",  # praw-7.0.0-py3-none-any.whl
    # left69: test_apidiff_left69 (special methods warning a deprecation; a class decorator wrapping __init__ to warn)
    ("plotnine", "0.12.4", "auto"): "12748f346f107c33f3e0658ac46fbb052205ae7e97ffaf52be68310e5d29f799",  # plotnine-0.12.4-py3-none-any.whl
    ("plotnine", "0.13.0", "auto"): "53fcb64d12eea7d5000f10af99a97c3b2f2073d6bbd054b36e01e471f0e8f65c",  # plotnine-0.13.0-py3-none-any.whl
    # shim70: mne 1.6's `mne.io.pick` etc. became modules whose `__getattr__` warns for every name (through a helper)
    ("mne", "1.5.1", "auto"): "cc40888cc7d55f220fd51c7ba90de5f742dd00c150ac70d6a00787dfca226b53",  # mne-1.5.1-py3-none-any.whl
    ("mne", "1.6.0", "auto"): "7c61f88dd0770664340a5081c2095ed6737e850d161c29a4d07aa347294a9882",  # mne-1.6.0-py3-none-any.whl
    # left70: test_apidiff_left70 (respx 0.16's `**lookups` keys checked against the patterns `__init_subclass__`
    # registers by `cls.key`: the response keywords 0.15 named now raise KeyError)
    ("respx", "0.15.1", "auto"): "07b69af4f127e6651ab0fd104a484bcb9d98b901b25234d4158851ff5a37e34a",  # respx-0.15.1-py2.py3-none-any.whl
    ("respx", "0.16.0", "auto"): "65f3d2cbe2801910b0e80321c90ccff512170c0527e535bb554607e8dc525bd9",  # respx-0.16.0-py2.py3-none-any.whl
    # hunt70: pikepdf 10.18's stubs of its nanobind core now say `/`, `@property`: what the bindings always did
    ("pikepdf", "10.17.0", "auto"): "de4ccaae83628e86c1fd473b384c09c6ff1dd35a583a8dacbf61d2aa4bea843b",  # pikepdf-10.17.0.tar.gz
    ("pikepdf", "10.18.0", "auto"): "cb555ebff93482e8a6eb55881488b469bbb2b5675161c1b93a0510a8642d98d0",  # pikepdf-10.18.0.tar.gz
    # hunt70: apache-libcloud 3.9 no longer reads `https_proxy` itself: the requests session it sends through does
    ("apache-libcloud", "3.8.0", "auto"): "de65a8bd946f6532830f20a83f2eae2fa056f05a674fad30afe877cb78df6050",  # apache_libcloud-3.8.0-py2.py3-none-any.whl
    ("apache-libcloud", "3.9.1", "auto"): "362806efe3602a781afa0b0c8ad2e8963a708c8d5957fb999735c1cc1e0762d2",  # apache_libcloud-3.9.1-py3-none-any.whl
    # hunt70: lark 1.0 made `Pattern.min_width`, a placeholder raising NotImplementedError, an abstract property
    ("lark", "0.12.0", "auto"): "ed1d891cbcf5151ead1c1d14663bf542443e579e63a76ae175b01b899bd854ca",  # lark-0.12.0-py2.py3-none-any.whl
    ("lark", "1.0.0", "auto"): "10818563b44e18ea264b5013a80fe04406999ad51bacc74214f69f13d95af6e1",  # lark-1.0.0-py2.py3-none-any.whl
    # hunt70: keyring 25 dropped `util.once`, whose wrapper cached a result as `func.always_returns` on the function
    ("keyring", "24.3.1", "auto"): "df38a4d7419a6a60fea5cef1e45a948a3e8430dd12ad88b0f423c5c143906218",  # keyring-24.3.1-py3-none-any.whl
    ("keyring", "25.0.0", "auto"): "9a15cd280338920388e8c1787cb8792b9755dabb3e7c61af5ac1f8cd437cefde",  # keyring-25.0.0-py3-none-any.whl
    # hunt70: graphene-django 2's converters were dispatched by `singledispatch = import_single_dispatch()`
    ("graphene-django", "2.16.0", "auto"): "ec89469ec94507c1ed998f85ee087d634ec489e20fe08a72893c3ca5e646fc14",  # graphene_django-2.16.0-py2.py3-none-any.whl
    ("graphene-django", "3.0.0", "auto"): "9fa531d319d5c8f9e08274628f547574ee684e74dddd1c969abf38142bc32df2",  # graphene_django-3.0.0-py2.py3-none-any.whl
    # noise70: test_apidiff_noise70 (a module's logger; an f-string field left unformatted; a read type widened by None; a model no more)
    # noise70: test_apidiff_noise70 (a module's logger; an f-string field left unformatted; a read type widened by None; a model no more; shipped tests)
    ("pymilvus", "2.6.17", "auto"): "583c680bea60b5944762ae81dd577169efe3b895b579d78e60bab05c087c4f89",  # pymilvus-2.6.17-py3-none-any.whl
    ("pymilvus", "3.0.0", "auto"): "57c8e7c87fbbf579f122b4df893949bc78e50bca2988527864891bd544817b05",  # pymilvus-3.0.0-1-py3-none-any.whl
    ("flax", "0.12.7", "auto"): "79d590793fa3a282ac36b4464f2ea9d1e69fe1d026c4618451b01731e8086e32",  # flax-0.12.7-py3-none-any.whl
    ("flax", "0.12.8", "auto"): "807931d369cbc716fc447801ab39cd6c3c2614d573387a2319a028675dd34fe5",  # flax-0.12.8-py3-none-any.whl
    ("slack-bolt", "1.29.0", "auto"): "1835b66b778158f3af0da77603aa18d7dfd82fd9b9a985e25c752f95050ab826",  # slack_bolt-1.29.0-py2.py3-none-any.whl
    ("slack-bolt", "1.30.0", "auto"): "81f5bc46e79516d23d5e2a31dded6304dd1b8b6b72c0083f2f31d5d801e262c4",  # slack_bolt-1.30.0-py2.py3-none-any.whl
    ("webauthn", "1.11.1", "auto"): "13592ee71489b571cb6e4a5d8b3c34f7b040cd3539a9d94b6b7d23fa88df5dfb",  # webauthn-1.11.1-py3-none-any.whl
    ("webauthn", "2.0.0", "auto"): "644dc68af5caaade06be6a2a2278775e85116e92dd755ad7a49d992d51c82033",  # webauthn-2.0.0-py3-none-any.whl
    # ra70: cheroot 10's `server.py` hands `globals()` to `__import__`; its `server.pyi` stub was read instead
    ("cheroot", "9.0.0", "auto"): "fa4231fdb42d7720df118ff62a79371e406369f49e6f867c63ad649cfb4e466c",  # cheroot-9.0.0-py2.py3-none-any.whl
    ("cheroot", "10.0.0", "auto"): "8f65dd38ad3d56419cfe2d1b5e4b4e3282b1d58758ca2a336231641a80cf0717",  # cheroot-10.0.0-py3-none-any.whl
    # ra71: aiosmtplib 1.1's `compat.start_tls` probes `hasattr(transport, "set_protocol")` on an `asyncio.Transport`
    ("aiosmtplib", "1.1.7", "auto"): "c1403e70fce769643820cb2c5bf0bd4f7ea83a01c60e854c81a6f5d7ccff2656",  # aiosmtplib-1.1.7-py3-none-any.whl
    ("aiosmtplib", "2.0.0", "auto"): "514defa668b13b5c00a98c21c49fd87816e046fb3692e7ac8bbdda2310287fde",  # aiosmtplib-2.0.0-py3-none-any.whl
    # ra71: aiosmtpd 1.4's `@public class Controller` (atpublic) reorders `loop`, `hostname`, `port`
    ("aiosmtpd", "1.2.4", "auto"): "34cea0ecd0495f752e1c4bfe5f541676d7aab29674390c007834a63fe7ba0bda",  # aiosmtpd-1.2.4.tar.gz
    ("aiosmtpd", "1.4.0", "auto"): "c232aff2d2d41a1b41db7dbb52d7c6f3d939affcd4722e79e650c7d113316695",  # aiosmtpd-1.4.0-py3-none-any.whl
    # ra71: imapclient 2.3's `Envelope(namedtuple("Envelope", "... to " + "cc ..."))`, a dataclass in 3.0
    ("imapclient", "2.3.1", "auto"): "057f28025d2987c63e065afb0e4370b0b850b539b0e1494cea0427e88130108c",  # IMAPClient-2.3.1-py2.py3-none-any.whl
    ("imapclient", "3.0.0", "auto"): "31ec03da31f82fb380fdc0c79a9c31272789b50680285ade6581338c17ad8bf3",  # IMAPClient-3.0.0-py2.py3-none-any.whl
    # ra71: hishel 2.0's `CacheOptions` a `TypedDict`, a dataclass in 1.4: keyword calls still build it
    ("hishel", "1.4.0", "auto"): "38cb62d7d38fb437dc086f789c26d0cab41310d12497ec3f56dcead4b08571f0",  # hishel-1.4.0-py3-none-any.whl
    ("hishel", "2.0.0", "auto"): "3e96613d05a13d08d4ee22621dff3aebcdffbe41472efc2b5d4d01d6bd254983",  # hishel-2.0.0-py3-none-any.whl
    # ra70: treq 24.9 rebinds `reactor` by an import under `if reactor is None`; 26.7 names what `**kwargs` took
    ("treq", "23.11.0", "auto"): "f494c2218d61cab2cabbee37cd6606d3eea9d16cf14190323095c95d22c467e9",  # treq-23.11.0-py3-none-any.whl
    ("treq", "24.9.0", "auto"): "11eaab6875f69776bf91f28f4436cf3d718bcbe2b99368319c5cd5db6fff9c59",  # treq-24.9.0-py3-none-any.whl
    ("treq", "25.5.0", "auto"): "e99d4e66cacaa1f0da82bb60b317d104c29dbd8ac0a75d7f657b348178d830f4",  # treq-25.5.0-py3-none-any.whl
    ("treq", "26.7.0", "auto"): "0a56ac4d970f7b1e27a4df4057d225efd84524b1847e123a725c531039702f98",  # treq-26.7.0-py3-none-any.whl
    # rb70: natsort 5.5 chose its `u_format` decorator by `if PY_VERSION >= 3:` (`PY_VERSION = float(sys.version[:3])`)
    ("natsort", "5.5.0", "auto"): "e1ad0618d3aa0cc43dfc3298ffcdbfeb47dfff1d875359dc81c72434ae8c62bf",  # natsort-5.5.0-py2.py3-none-any.whl
    ("natsort", "6.0.0", "auto"): "83a8c36b1b2321705d4d7814a7aaf91d0e1bcb7bff119a6ebfe5c9ce3b332d0e",  # natsort-6.0.0-py2.py3-none-any.whl
    # left71: known misses
    ("waitress", "2.1.2", "auto"): "7500c9625927c8ec60f54377d590f67b30c8e70ef4b8894214ac6e4cad233d2a",  # waitress-2.1.2-py3-none-any.whl
    ("waitress", "3.0.0", "auto"): "2a06f242f4ba0cc563444ca3d1998959447477363a2d7e9b8b4d75d35cfd1669",  # waitress-3.0.0-py3-none-any.whl
    ("odmantic", "0.9.2", "auto"): "a82f4fe6a6face24cf0cd0738c9bb32564219cb5a5ed6b0a58e92a4c2048e4d8",  # odmantic-0.9.2-py3-none-any.whl
    ("odmantic", "1.0.0", "auto"): "918b5e873f8c8a7000010daca42d9acddc5cf2d513107a8b19a5b5f28bb9431d",  # odmantic-1.0.0-py3-none-any.whl
    ("einops", "0.8.0", "auto"): "9572fb63046264a862693b0a87088af3bdc8c068fde03de63453cbbde245465f",  # einops-0.8.0-py3-none-any.whl
    ("einops", "0.8.1", "auto"): "919387eb55330f5757c6bea9165c5ff5cfe63a642682ea788a6d472576d81737",  # einops-0.8.1-py3-none-any.whl
    # rb71: pip-tools 7.0 defaults `--resolver` to backtracking (a command-line option's literal default changed)
    ("pip-tools", "6.14.0", "auto"): "c5ad042cd27c0b343b10db1db7f77a7d087beafbec59ae6df1bba4d3368dfe8c",  # pip_tools-6.14.0-py3-none-any.whl
    ("pip-tools", "7.0.0", "auto"): "ae185db747195c8ed011866c366279cbb64f7f8c1528e7a828f515bd2bb0b31b",  # pip_tools-7.0.0-py3-none-any.whl
    # rb71: sqlfluff 2.0's rule doc decorators log their own deprecation, filled with the decorated class's name
    ("sqlfluff", "1.4.5", "auto"): "10b193ee009046f8fe3af9d1895f767b691635653cccc8698bc01eee2ccb69df",  # sqlfluff-1.4.5-py3-none-any.whl
    ("sqlfluff", "2.0.0", "auto"): "caeab9886e661151e4cf828e9629fa7228129e6bb544cbbd8087b2b88c42d70c",  # sqlfluff-2.0.0-py3-none-any.whl
    # rb71: pyflakes 3.0 warns "`file_tokens` will be removed in a future version" (a plain UserWarning)
    ("pyflakes", "2.5.0", "auto"): "4579f67d887f804e67edb544428f264b7b24f435b263c4614f384135cea553d2",  # pyflakes-2.5.0-py2.py3-none-any.whl
    ("pyflakes", "3.0.0", "auto"): "e38cbaa285564388a9622d7e440445d40c508d8fbf96e0c0f3ef28e47d8ba8a2",  # pyflakes-3.0.0-py2.py3-none-any.whl
    ("ollama", "0.3.3", "auto"): "ca6242ce78ab34758082b7392df3f9f6c2cb1d070a9dede1a4c545c929e16dba",  # ollama-0.3.3-py3-none-any.whl
    ("ollama", "0.4.0", "auto"): "b47df2619503677c18bcee85ba76269270ff61eae727750d2a093413fc30cde8",  # ollama-0.4.0-py3-none-any.whl
    ("pyqtgraph", "0.13.3", "auto"): "fdcc04ac4b32a7bedf1bf3cf74cbb93ab3ba5687791712bbfa8d0712377d2f2b",  # pyqtgraph-0.13.3-py3-none-any.whl
    ("pyqtgraph", "0.13.4", "auto"): "1dc9a786aa43cd787114366058dc3b4b8cb96a0e318f334720c7e6cc6c285940",  # pyqtgraph-0.13.4-py3-none-any.whl
}


def unpacked_release(package: str, version: str, kind: ArtifactKind = "auto") -> Path:
    """The extracted artifact of a pinned release, downloaded through the real PyPIClient on first use."""
    try:
        sha256 = PINS[(package, version, kind)]
    except KeyError:
        raise KeyError(f"no sha256 pin for {(package, version, kind)} in tests/artifacts.py") from None
    # Explicit values win over the environment, which a test may have pointed at a local PyPI double.
    settings = Settings(_env_file=None, cache_dir=CACHE_DIR, data_dir=CACHE_DIR, pypi_url=PYPI_URL,
                        http_retries=4)  # type: ignore[call-arg]

    async def fetch() -> Path:
        async with PyPIClient(settings) as client:
            return await client.unpacked(package, version, kind=kind, sha256=sha256)

    # A worker thread gets its own event loop, so this also works inside async tests.
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, fetch()).result()
