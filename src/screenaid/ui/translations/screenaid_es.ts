<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>Resize handle</source>
        <translation>Control para cambiar el tamaño</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong inside the app. Nothing you entered has been saved anywhere. You can carry on, or close the app and open it again.</source>
        <translation>Algo falló dentro de la aplicación. Nada de lo que ingresó se ha guardado en ningún lugar. Puede seguir trabajando, o cerrar la aplicación y abrirla de nuevo.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>AskPage</name>
    <message>
        <source>Ask</source>
        <translation>Preguntar</translation>
    </message>
    <message>
        <source>Conversation stage</source>
        <translation>Etapa de la conversación</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Show Spanish beside English</source>
        <translation>Mostrar el español junto al inglés</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <source>Topic:</source>
        <translation>Tema:</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Frases</translation>
    </message>
    <message>
        <source>Linked to what you checked on Screen</source>
        <translation>Relacionadas con lo que marcó en Detectar</translation>
    </message>
    <message>
        <source>All other prompts</source>
        <translation>Todas las demás frases</translation>
    </message>
    <message numerus="yes">
        <source>%n prompt(s) shown</source>
        <translation>
            <numerusform>%n frase mostrada</numerusform>
            <numerusform>%n frases mostradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown}, %n linked to checked items.</source>
        <translation>
            <numerusform>{shown}; %n relacionada con elementos marcados.</numerusform>
            <numerusform>{shown}; %n relacionadas con elementos marcados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareTopicsView</name>
    <message>
        <source>International</source>
        <translation>Internacional</translation>
    </message>
    <message>
        <source>Practice does not differ by country in the sources used.</source>
        <translation>Según las fuentes consultadas, la práctica no cambia de un país a otro.</translation>
    </message>
    <message>
        <source>**Not checked for your country ({country}).** This card follows guidance for {names}; use your national guideline for timings and regimens.</source>
        <translation>**No se verificó para su país ({country}).** Esta ficha sigue la orientación de: {names}; use la guía de su país para los plazos y los esquemas de tratamiento.</translation>
    </message>
    <message>
        <source>Applies as written in: {names}. Elsewhere, follow your national guideline.</source>
        <translation>Se aplica tal como está escrito en: {names}. En otros lugares, siga la guía de su país.</translation>
    </message>
    <message>
        <source>Care at the visit</source>
        <translation>Atención en la consulta</translation>
    </message>
    <message>
        <source>What to offer for the health needs the checklist points to, with the time windows the named guideline gives. Your clinic&apos;s protocol and a prescriber&apos;s judgement come first.</source>
        <translation>Qué ofrecer ante las necesidades de salud que señala la lista, con los plazos que da la guía citada. El protocolo de su clínica y el criterio de quien prescribe van primero.</translation>
    </message>
    <message>
        <source>Care topic</source>
        <translation>Tema de atención</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Time-critical.</source>
        <translation>Tiempo crítico.</translation>
    </message>
    <message>
        <source>Guideline:</source>
        <translation>Guía:</translation>
    </message>
    <message>
        <source>Reviewed {date}.</source>
        <translation>Revisado el {date}.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>CaseExerciseView</name>
    <message>
        <source>Best choice.</source>
        <translation>La mejor opción.</translation>
    </message>
    <message>
        <source>Partly right.</source>
        <translation>En parte correcta.</translation>
    </message>
    <message>
        <source>This could cause harm.</source>
        <translation>Esto podría causar daño.</translation>
    </message>
    <message>
        <source>Principle: {principle}.</source>
        <translation>Principio: {principle}.</translation>
    </message>
    <message>
        <source>Practice cases</source>
        <translation>Casos de práctica</translation>
    </message>
    <message>
        <source>Work through a case step by step. After each choice you see why it helps or harms, and the principle behind it. Start again to try other choices.</source>
        <translation>Resuelva un caso paso a paso. Después de cada decisión verá por qué ayuda o perjudica y el principio en que se basa. Empiece de nuevo para probar otras opciones.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>&amp;Start again</source>
        <translation>&amp;Empezar de nuevo</translation>
    </message>
    <message>
        <source>Start the case again</source>
        <translation>Empezar el caso de nuevo</translation>
    </message>
    <message>
        <source>C&amp;ase:</source>
        <translation>C&amp;aso:</translation>
    </message>
    <message>
        <source>End of this path. Choose “Start again” to try other choices.</source>
        <translation>Fin de este camino. Elija «Empezar de nuevo» para probar otras opciones.</translation>
    </message>
    <message>
        <source>Pick a choice first.</source>
        <translation>Primero elija una opción.</translation>
    </message>
</context>
<context>
    <name>CertificateView</name>
    <message>
        <source>This certificate records that the course and its post-test were completed in ScreenAid. It is not an accredited continuing-education (CE) or continuing-medical-education (CME) credit, and no body has reviewed it for credit.</source>
        <translation>Este certificado deja constancia de que el curso y su evaluación final se completaron en ScreenAid. No es un crédito acreditado de educación continua (CE) ni de educación médica continua (CME), y ningún organismo lo ha revisado para otorgar créditos. El certificado se imprime en inglés.</translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation>Certificado de finalización</translation>
    </message>
    <message>
        <source>Type the name to print on the certificate. Nothing is saved: the certificate is made in memory and sent straight to the printer.</source>
        <translation>Escriba el nombre que se imprimirá en el certificado. No se guarda nada: el certificado se genera en la memoria y se envía directamente a la impresora.</translation>
    </message>
    <message>
        <source>Name to print on the certificate</source>
        <translation>Nombre que se imprimirá en el certificado</translation>
    </message>
    <message>
        <source>Date on the certificate</source>
        <translation>Fecha del certificado</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>&amp;Print certificate…</source>
        <translation>&amp;Imprimir certificado…</translation>
    </message>
    <message>
        <source>Certificate preview</source>
        <translation>Vista previa del certificado</translation>
    </message>
    <message>
        <source>Type the name to print on the certificate.</source>
        <translation>Escriba el nombre que se imprimirá en el certificado.</translation>
    </message>
    <message>
        <source>Sent the certificate to the printer.</source>
        <translation>Se envió el certificado a la impresora.</translation>
    </message>
    <message>
        <source>Print certificate</source>
        <translation>Imprimir certificado</translation>
    </message>
    <message>
        <source>The certificate could not be printed: {error}</source>
        <translation>No se pudo imprimir el certificado: {error}</translation>
    </message>
</context>
<context>
    <name>Cover</name>
    <message>
        <source>Clinical reference</source>
        <translation>Referencia clínica</translation>
    </message>
    <message>
        <source>Choose a section above, or search with Ctrl+K. Press {key} at any time to show this plain page instead of your work, and {key} again to go back to it.</source>
        <translation>Elija una sección arriba o busque con Ctrl+K. Pulse {key} en cualquier momento para mostrar esta página neutra en lugar de su trabajo, y {key} de nuevo para volver a él.</translation>
    </message>
    <message>
        <source>Press {key} to continue.</source>
        <translation>Pulse {key} para continuar.</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>Codes are shown with their official description. Read the cautions before using one: a code in a record can be seen by others, for example on insurance statements or in a patient portal.</source>
        <translation>Los códigos se muestran con su descripción oficial (en inglés). Lea las precauciones antes de usar uno: otras personas pueden ver un código del expediente, por ejemplo en estados de cuenta del seguro o en un portal del paciente.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documentar</translation>
    </message>
    <message>
        <source>Documentation sections</source>
        <translation>Partes de Documentar</translation>
    </message>
    <message>
        <source>Safe-documentation guidance</source>
        <translation>Orientación para documentar de forma segura</translation>
    </message>
    <message>
        <source>&amp;ICD-10-CM codes</source>
        <translation>Códigos &amp;ICD-10-CM</translation>
    </message>
    <message>
        <source>Co&amp;ding</source>
        <translation>Codi&amp;ficación</translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation>&amp;Orientación</translation>
    </message>
    <message>
        <source>Compose a &amp;note</source>
        <translation>Redactar una &amp;nota</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <source>Search everything (Ctrl+K or /)</source>
        <translation>Buscar en todo (Ctrl+K o /)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Buscar en todo</translation>
    </message>
    <message>
        <source>Results appear below while you type. Enter opens the best one; Down chooses another.</source>
        <translation>Los resultados aparecen abajo mientras escribe. Intro abre el mejor; Flecha abajo elige otro.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Sin resultados</translation>
    </message>
</context>
<context>
    <name>GuidanceCard</name>
    <message>
        <source>Do</source>
        <translation>Haga</translation>
    </message>
    <message>
        <source>Don&apos;t</source>
        <translation>No haga</translation>
    </message>
    <message>
        <source>More detail: {title}</source>
        <translation>Más detalles: {title}</translation>
    </message>
    <message>
        <source>Less detail: {title}</source>
        <translation>Menos detalles: {title}</translation>
    </message>
</context>
<context>
    <name>HandoutComposer</name>
    <message>
        <source>Full page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <source>Wallet cards (cut out, easy to hide)</source>
        <translation>Tarjetas de bolsillo (para recortar, fáciles de esconder)</translation>
    </message>
    <message>
        <source>Hide-away slips (number only, always discreet)</source>
        <translation>Papelitos para esconder (solo el número, siempre discretos)</translation>
    </message>
    <message>
        <source>Print their name and numbers only</source>
        <translation>Imprimir solo su nombre y sus números</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>No incluirlas</translation>
    </message>
    <message>
        <source>(translation not reviewed)</source>
        <translation>(traducción sin revisar)</translation>
    </message>
    <message>
        <source>Plain: “Where to get help”</source>
        <translation>Claro: «Dónde obtener ayuda»</translation>
    </message>
    <message>
        <source>Discreet: a neutral health title</source>
        <translation>Discreto: un título de salud neutro</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Idioma del folleto</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Lines without text in this language</source>
        <translation>Líneas sin texto en este idioma</translation>
    </message>
    <message>
        <source>Language warning</source>
        <translation>Aviso sobre el idioma</translation>
    </message>
    <message>
        <source>Handout lan&amp;guage:</source>
        <translation>Idioma del fo&amp;lleto:</translation>
    </message>
    <message>
        <source>Lines wit&amp;hout text in it:</source>
        <translation>Líneas &amp;sin texto en ese idioma:</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>Presenta&amp;ción:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>Pap&amp;el:</translation>
    </message>
    <message numerus="yes">
        <source>No {language} text for %n line(s): {names}. Choose below: print their numbers only, or leave them out. The handout never mixes languages.</source>
        <translation>
            <numerusform>Sin texto en {language} para %n línea: {names}. Elija abajo: imprimir solo sus números o no incluirla. El folleto nunca mezcla idiomas.</numerusform>
            <numerusform>Sin texto en {language} para %n líneas: {names}. Elija abajo: imprimir solo sus números o no incluirlas. El folleto nunca mezcla idiomas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoutPreview</name>
    <message>
        <source>Handout preview</source>
        <translation>Vista previa del folleto</translation>
    </message>
    <message>
        <source>Tick at least one resource to see the handout.</source>
        <translation>Marque al menos un recurso para ver el folleto.</translation>
    </message>
    <message>
        <source>Handout page {number} of {count}</source>
        <translation>Página {number} de {count} del folleto</translation>
    </message>
</context>
<context>
    <name>IcdCodeTable</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Use when</source>
        <translation>Cuándo usarlo</translation>
    </message>
    <message>
        <source>Cautions</source>
        <translation>Precauciones</translation>
    </message>
    <message>
        <source>ICD-10-CM codes</source>
        <translation>Códigos ICD-10-CM</translation>
    </message>
    <message>
        <source>One row per code: description, category, when to use it and cautions.</source>
        <translation>Una fila por código: descripción, categoría, cuándo usarlo y precauciones.</translation>
    </message>
    <message>
        <source>7th character: {value}</source>
        <translation>7.º carácter: {value}</translation>
    </message>
</context>
<context>
    <name>IdleWarningDialog</name>
    <message>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>Idle warning</source>
        <translation>Aviso de inactividad</translation>
    </message>
    <message>
        <source>Time left before clearing</source>
        <translation>Tiempo restante antes de borrar</translation>
    </message>
    <message numerus="yes">
        <source>Nothing has happened for a while. In %n seconds, everything checked or typed will be cleared and the app will go back to its start page.</source>
        <translation>
            <numerusform>No ha habido actividad desde hace un rato. En %n segundo se borrará todo lo marcado o escrito y la aplicación volverá a su página de inicio.</numerusform>
            <numerusform>No ha habido actividad desde hace un rato. En %n segundos se borrará todo lo marcado o escrito y la aplicación volverá a su página de inicio.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorChecklist</name>
    <message>
        <source>Filter by domain</source>
        <translation>Filtrar por tipo de explotación</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Filter by population</source>
        <translation>Filtrar por población</translation>
    </message>
    <message>
        <source>All populations</source>
        <translation>Todas las poblaciones</translation>
    </message>
    <message>
        <source>Indicator checklist</source>
        <translation>Lista de verificación de indicadores</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Tipo de explotación:</translation>
    </message>
    <message>
        <source>&amp;Population:</source>
        <translation>&amp;Población:</translation>
    </message>
    <message numerus="yes">
        <source>Show &amp;all %n items</source>
        <translation>
            <numerusform>&amp;Mostrar el %n elemento</numerusform>
            <numerusform>&amp;Mostrar los %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show the &amp;core %n items</source>
        <translation>
            <numerusform>Mostrar solo el %n elemento &amp;clave</numerusform>
            <numerusform>Mostrar solo los %n elementos &amp;clave</numerusform>
        </translation>
    </message>
    <message>
        <source>The items of highest concern or strongest evidence, each with its source.</source>
        <translation>Los elementos de mayor preocupación o con evidencia más sólida, cada uno con su fuente.</translation>
    </message>
    <message>
        <source>Space checks or unchecks the item in focus.</source>
        <translation>La barra espaciadora marca o desmarca el elemento seleccionado.</translation>
    </message>
    <message>
        <source>Source: {publisher}</source>
        <translation>Fuente: {publisher}</translation>
    </message>
</context>
<context>
    <name>IndicatorDetails</name>
    <message>
        <source>Select a checklist item to see what to look for and why it matters.</source>
        <translation>Seleccione un elemento de la lista para ver qué observar y por qué es importante.</translation>
    </message>
    <message>
        <source>Checklist item details</source>
        <translation>Detalles del elemento</translation>
    </message>
    <message>
        <source>Look for</source>
        <translation>Qué observar</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Por qué es importante</translation>
    </message>
    <message>
        <source>Ask about it</source>
        <translation>Cómo preguntar</translation>
    </message>
    <message>
        <source>Learn more</source>
        <translation>Más información</translation>
    </message>
    <message>
        <source>Care at the visit</source>
        <translation>Atención en la consulta</translation>
    </message>
</context>
<context>
    <name>InstrumentCard</name>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>Specificity</source>
        <translation>Especificidad</translation>
    </message>
    <message>
        <source>Positive predictive value</source>
        <translation>Valor predictivo positivo</translation>
    </message>
    <message>
        <source>Negative predictive value</source>
        <translation>Valor predictivo negativo</translation>
    </message>
    <message>
        <source>Area under the curve</source>
        <translation>Área bajo la curva</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validada</translation>
    </message>
    <message>
        <source>Not validated</source>
        <translation>No validada</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Autores</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Topics covered</source>
        <translation>Temas que abarca</translation>
    </message>
    <message>
        <source>Positive screen</source>
        <translation>Resultado positivo</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Desempeño</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limitaciones</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>InterfaceTranslation</name>
    <message>
        <source>Interface translation not yet reviewed by a native-speaking clinician: if a word is unclear, check the English interface.</source>
        <translation>Traducción de la interfaz aún sin revisar por un profesional clínico nativo: si una palabra no es clara, consulte la interfaz en inglés.</translation>
    </message>
</context>
<context>
    <name>JurisdictionBar</name>
    <message>
        <source>La&amp;w and routes for:</source>
        <translation>Le&amp;yes y rutas de:</translation>
    </message>
    <message>
        <source>Whose law, reporting duties, referral routes and coding to show. Changes this session only.</source>
        <translation>De qué lugar mostrar las leyes, las obligaciones de notificación, las rutas de derivación y la codificación. Solo cambia esta sesión.</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Jurisdicción</translation>
    </message>
    <message>
        <source>Jurisdiction for this session</source>
        <translation>Jurisdicción para esta sesión</translation>
    </message>
</context>
<context>
    <name>JurisdictionNotes</name>
    <message>
        <source>Definition and law</source>
        <translation>Definición y ley</translation>
    </message>
    <message>
        <source>Reporting: a child or young person</source>
        <translation>Notificación: un niño, niña o joven</translation>
    </message>
    <message>
        <source>Reporting: an adult at risk</source>
        <translation>Notificación: un adulto en riesgo</translation>
    </message>
    <message>
        <source>Reporting: a capable adult</source>
        <translation>Notificación: un adulto capaz de decidir</translation>
    </message>
    <message>
        <source>Referral route for survivors</source>
        <translation>Ruta de derivación para sobrevivientes</translation>
    </message>
    <message>
        <source>Diagnosis coding</source>
        <translation>Codificación de diagnósticos</translation>
    </message>
    <message>
        <source>Law and reporting</source>
        <translation>Ley y notificación</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Fuentes: {sources}</translation>
    </message>
    <message>
        <source>Guidance for {name} differs by region: choose one in the header ({regions}), or ask IT to set the jurisdiction.</source>
        <translation>La orientación para {name} cambia según la región: elija una en el encabezado ({regions}) o pida al equipo de TI que configure la jurisdicción.</translation>
    </message>
    <message>
        <source>No guidance for {name} yet — follow your local policy.</source>
        <translation>Todavía no hay orientación para {name}: siga la política local.</translation>
    </message>
</context>
<context>
    <name>Jurisdictions</name>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>England</source>
        <translation>Inglaterra</translation>
    </message>
    <message>
        <source>Wales</source>
        <translation>Gales</translation>
    </message>
    <message>
        <source>Scotland</source>
        <translation>Escocia</translation>
    </message>
    <message>
        <source>Northern Ireland</source>
        <translation>Irlanda del Norte</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Course module</source>
        <translation>Módulo del curso</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>Pathway question</source>
        <translation>Pregunta de la ruta</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Frase</translation>
    </message>
    <message>
        <source>Documentation guidance</source>
        <translation>Orientación para documentar</translation>
    </message>
    <message>
        <source>ICD-10-CM code</source>
        <translation>Código ICD-10-CM</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Search synonyms</source>
        <translation>Sinónimos de búsqueda</translation>
    </message>
    <message>
        <source>Handout text</source>
        <translation>Texto del folleto</translation>
    </message>
    <message>
        <source>Note template</source>
        <translation>Plantilla de nota</translation>
    </message>
    <message>
        <source>Wording rule</source>
        <translation>Regla de redacción</translation>
    </message>
    <message>
        <source>Care topic</source>
        <translation>Tema de atención</translation>
    </message>
    <message>
        <source>Case exercise</source>
        <translation>Caso de práctica</translation>
    </message>
    <message>
        <source>Test question</source>
        <translation>Pregunta de evaluación</translation>
    </message>
    <message>
        <source>Jurisdiction note</source>
        <translation>Nota de la jurisdicción</translation>
    </message>
    <message>
        <source>Referral sheet</source>
        <translation>Hoja de derivación</translation>
    </message>
    <message>
        <source>Audience preset</source>
        <translation>Perfil de público</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Educate</source>
        <translation>Informar</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Preguntar</translation>
    </message>
    <message>
        <source>Respond</source>
        <translation>Responder</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Living</source>
        <translation>Vivienda</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>Movilidad</translation>
    </message>
    <message>
        <source>Money and debt</source>
        <translation>Dinero y deudas</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Sexual health</source>
        <translation>Salud sexual</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Salud</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidencialidad</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principios</translation>
    </message>
    <message>
        <source>What to record</source>
        <translation>Qué registrar</translation>
    </message>
    <message>
        <source>The patient&apos;s own words</source>
        <translation>Las palabras del paciente</translation>
    </message>
    <message>
        <source>Deciding together</source>
        <translation>Decidir en conjunto</translation>
    </message>
    <message>
        <source>Portal and proxy access</source>
        <translation>Portal y acceso de terceros</translation>
    </message>
    <message>
        <source>Billing and insurance</source>
        <translation>Facturación y seguros</translation>
    </message>
    <message>
        <source>Sensitive notes</source>
        <translation>Notas confidenciales</translation>
    </message>
    <message>
        <source>Photos and body maps</source>
        <translation>Fotos y mapas corporales</translation>
    </message>
    <message>
        <source>Minors</source>
        <translation>Menores de edad</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>Sospecha</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Antecedentes</translation>
    </message>
    <message>
        <source>Perpetrator</source>
        <translation>Agresor</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Embarazo</translation>
    </message>
    <message>
        <source>Trafficking</source>
        <translation>Trata de personas</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <source>Domestic violence</source>
        <translation>Violencia doméstica</translation>
    </message>
    <message>
        <source>Sexual assault</source>
        <translation>Agresión sexual</translation>
    </message>
    <message>
        <source>LGBTQ+ people</source>
        <translation>Personas LGBTQ+</translation>
    </message>
    <message>
        <source>Runaway youth</source>
        <translation>Jóvenes que huyeron de casa</translation>
    </message>
    <message>
        <source>Child protection</source>
        <translation>Protección infantil</translation>
    </message>
    <message>
        <source>Child exploitation</source>
        <translation>Explotación infantil</translation>
    </message>
    <message>
        <source>Missing children</source>
        <translation>Niños desaparecidos</translation>
    </message>
    <message>
        <source>Victim support</source>
        <translation>Apoyo a víctimas</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Ayuda legal</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation>Policía</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencias</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Jóvenes</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Niñas y niños</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Hombres</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Mujeres</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>Personas migrantes</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Profesionales</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>TTY</source>
        <translation>TTY</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Boys and men</source>
        <translation>Niños y hombres</translation>
    </message>
    <message>
        <source>Children and youth</source>
        <translation>Niñas, niños y jóvenes</translation>
    </message>
    <message>
        <source>Work and living</source>
        <translation>Trabajo y vivienda</translation>
    </message>
</context>
<context>
    <name>LearnPage</name>
    <message>
        <source>Law and reporting where you work</source>
        <translation>Ley y notificación donde usted trabaja</translation>
    </message>
    <message>
        <source>Care at the visit</source>
        <translation>Atención en la consulta</translation>
    </message>
    <message>
        <source>Practice cases</source>
        <translation>Casos de práctica</translation>
    </message>
    <message>
        <source>Post-test and certificate</source>
        <translation>Evaluación final y certificado</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>Course modules and training</source>
        <translation>Módulos del curso y práctica</translation>
    </message>
    <message>
        <source>Choose a module or a training part to open it on the right.</source>
        <translation>Elija un módulo o una parte de la práctica para abrirla a la derecha.</translation>
    </message>
    <message>
        <source>Module text</source>
        <translation>Texto del módulo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Clinical reference</source>
        <translation>Referencia clínica</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Ventana principal</translation>
    </message>
    <message>
        <source>Cover screen ({key})</source>
        <translation>Pantalla neutra ({key})</translation>
    </message>
    <message>
        <source>Show a plain page at once; {key} again brings your work back</source>
        <translation>Muestra al instante una página neutra; {key} de nuevo devuelve su trabajo</translation>
    </message>
    <message>
        <source>Current place</source>
        <translation>Sección actual</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard clears itself in %n seconds.</source>
        <translation>
            <numerusform>Copiado. El portapapeles se vacía solo en %n segundo.</numerusform>
            <numerusform>Copiado. El portapapeles se vacía solo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing law and routes for {name}.</source>
        <translation>Se muestran las leyes y rutas de {name}.</translation>
    </message>
    <message>
        <source>That entry is not shown on any page.</source>
        <translation>Esa entrada no aparece en ninguna sección.</translation>
    </message>
    <message>
        <source>Cleared after a period without use.</source>
        <translation>Se borró todo tras un periodo sin uso.</translation>
    </message>
    <message>
        <source>Text size {percent} %.</source>
        <translation>Tamaño del texto: {percent} %.</translation>
    </message>
    <message numerus="yes">
        <source>Shift: press %n more time(s) to quick exit.</source>
        <translation>
            <numerusform>Mayús: pulse %n vez más para la salida rápida.</numerusform>
            <numerusform>Mayús: pulse %n veces más para la salida rápida.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModuleView</name>
    <message>
        <source>Reading and study time</source>
        <translation>Tiempo de lectura y de estudio</translation>
    </message>
    <message>
        <source>You will be able to</source>
        <translation>Al terminar podrá</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <source>Show more depth</source>
        <translation>Mostrar más a fondo</translation>
    </message>
    <message>
        <source>Hide the extra depth</source>
        <translation>Ocultar el contenido adicional</translation>
    </message>
    <message>
        <source>Case examples</source>
        <translation>Casos de ejemplo</translation>
    </message>
    <message>
        <source>Show discussion: {title}</source>
        <translation>Mostrar el análisis: {title}</translation>
    </message>
    <message>
        <source>Hide discussion: {title}</source>
        <translation>Ocultar el análisis: {title}</translation>
    </message>
    <message>
        <source>Check yourself</source>
        <translation>Póngase a prueba</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Relacionado</translation>
    </message>
    <message>
        <source>Go to: {title}</source>
        <translation>Ir a: {title}</translation>
    </message>
    <message>
        <source>Go to {title}</source>
        <translation>Ir a {title}</translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) to read the core text</source>
        <translation>
            <numerusform>Unos %n minuto para leer el texto esencial</numerusform>
            <numerusform>Unos %n minutos para leer el texto esencial</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) to study it all, with extra depth, cases and self-checks.</source>
        <translation>
            <numerusform>unos %n minuto para estudiarlo todo, con el contenido adicional, los casos y las autoevaluaciones.</numerusform>
            <numerusform>unos %n minutos para estudiarlo todo, con el contenido adicional, los casos y las autoevaluaciones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Places</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Go to {place} (Ctrl+{number})</source>
        <translation>Ir a {place} (Ctrl+{number})</translation>
    </message>
    <message>
        <source>{place} (Ctrl+{number})</source>
        <translation>{place} (Ctrl+{number})</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Next steps for this patient</source>
        <translation>Próximos pasos para este paciente</translation>
    </message>
    <message>
        <source>No step applies yet.</source>
        <translation>Todavía no corresponde ningún paso.</translation>
    </message>
    <message>
        <source>Most pressing first.</source>
        <translation>Primero los más urgentes.</translation>
    </message>
    <message>
        <source>Depending on your answers</source>
        <translation>Según sus respuestas</translation>
    </message>
    <message>
        <source>What each step involves</source>
        <translation>En qué consiste cada paso</translation>
    </message>
    <message>
        <source>See also:</source>
        <translation>Vea también:</translation>
    </message>
</context>
<context>
    <name>NoteComposer</name>
    <message>
        <source>Note for the health record</source>
        <translation>Nota para la historia clínica</translation>
    </message>
    <message>
        <source>&amp;Copy note</source>
        <translation>&amp;Copiar nota</translation>
    </message>
    <message>
        <source>Copy &amp;anyway</source>
        <translation>Copiar &amp;de todos modos</translation>
    </message>
    <message>
        <source>&amp;Rebuild from checklist</source>
        <translation>&amp;Rehacer desde la lista</translation>
    </message>
    <message>
        <source>Built only from the items you checked, in neutral wording without names. It is a starting point: edit it freely, and fill in or delete every [blank]. Read it before you paste it. Nothing here is saved.</source>
        <translation>Se arma solo con los elementos que marcó, en lenguaje neutro y sin nombres. Es un punto de partida: modifíquela libremente y complete o borre cada [espacio en blanco]. Léala antes de pegarla. Aquí no se guarda nada.</translation>
    </message>
    <message>
        <source>Composed note (editable)</source>
        <translation>Nota redactada (editable)</translation>
    </message>
    <message>
        <source>Blanks left in the note</source>
        <translation>Espacios en blanco que quedan en la nota</translation>
    </message>
    <message>
        <source>Checked items not written to the note</source>
        <translation>Elementos marcados que no se incluyeron en la nota</translation>
    </message>
    <message>
        <source>The checklist changed after you edited the note. Rebuild to start again from it (your edits are replaced).</source>
        <translation>La lista cambió después de que usted modificó la nota. Rehágala para empezar de nuevo desde la lista (se reemplazarán sus cambios).</translation>
    </message>
    <message>
        <source>Your additions to the note</source>
        <translation>Sus añadidos a la nota</translation>
    </message>
    <message>
        <source>&amp;Your additions (optional, not saved):</source>
        <translation>&amp;Sus añadidos (opcional, no se guardan):</translation>
    </message>
    <message>
        <source>Clipboard status</source>
        <translation>Estado del portapapeles</translation>
    </message>
    <message>
        <source>Not copied: the note still has blanks ({blanks}). Fill them in or delete them, or press Copy anyway to copy the note as it is.</source>
        <translation>No se copió: la nota todavía tiene espacios en blanco ({blanks}). Complételos o bórrelos, o pulse Copiar de todos modos para copiar la nota tal como está.</translation>
    </message>
    <message>
        <source>Blanks to fill in or delete: {blanks}</source>
        <translation>Espacios en blanco por completar o borrar: {blanks}</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n seconds, and when ScreenAid closes.</source>
        <translation>
            <numerusform>Copiado. El portapapeles se vaciará en %n segundo y al cerrar ScreenAid.</numerusform>
            <numerusform>Copiado. El portapapeles se vaciará en %n segundos y al cerrar ScreenAid.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard has been cleared.</source>
        <translation>Se vació el portapapeles.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Notices</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>Tenga en cuenta</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Development build: its content is signed with a public test key, so the signature proves nothing. Not for use with patients.</source>
        <translation>Versión de desarrollo: su contenido está firmado con una clave de prueba pública, así que la firma no garantiza nada. No debe usarse con pacientes.</translation>
    </message>
    <message>
        <source>Settings: {problem}</source>
        <translation>Configuración: {problem}</translation>
    </message>
    <message>
        <source>The content could not be loaded ({error}). Run &apos;screenaid validate&apos;.</source>
        <translation>No se pudo cargar el contenido ({error}). Ejecute &apos;screenaid validate&apos;.</translation>
    </message>
</context>
<context>
    <name>PathwayDiagram</name>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>applies</source>
        <translation>corresponde</translation>
    </message>
    <message>
        <source>waiting for an answer</source>
        <translation>espera una respuesta</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>no corresponde</translation>
    </message>
    <message>
        <source>Response pathway diagram</source>
        <translation>Diagrama de la ruta de respuesta</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Preguntas:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
</context>
<context>
    <name>PathwayQuestions</name>
    <message>
        <source>Not answered</source>
        <translation>Sin responder</translation>
    </message>
    <message>
        <source>Findings from the checklist</source>
        <translation>Hallazgos de la lista</translation>
    </message>
    <message>
        <source>Answer with the number keys shown; the same key again takes the answer back.</source>
        <translation>Responda con las teclas numéricas indicadas; la misma tecla otra vez retira la respuesta.</translation>
    </message>
    <message>
        <source>{question} Answer taken back.</source>
        <translation>{question} Respuesta retirada.</translation>
    </message>
    <message>
        <source>{question} Answered: {answer}.</source>
        <translation>{question} Respuesta: {answer}.</translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation>Tecla {key}</translation>
    </message>
    <message>
        <source>Help: {question}</source>
        <translation>Ayuda: {question}</translation>
    </message>
    <message>
        <source>{question} {answer} (from the checklist)</source>
        <translation>{question} {answer} (según la lista)</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Preguntar</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documentar</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Derivar</translation>
    </message>
</context>
<context>
    <name>PostTestView</name>
    <message>
        <source>Post-test</source>
        <translation>Evaluación final</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{questions} on the course&apos;s %n objective(s), in a new order each time. You see a score for each objective and an explanation for every question. Score {percent} % or more to be offered a certificate of completion. Nothing you answer is saved.</source>
        <translation>
            <numerusform>{questions} sobre el %n objetivo del curso, en un orden nuevo cada vez. Verá una puntuación por objetivo y una explicación de cada pregunta. Con {percent} % o más se le ofrece un certificado de finalización. No se guarda nada de lo que responda.</numerusform>
            <numerusform>{questions} sobre los %n objetivos del curso, en un orden nuevo cada vez. Verá una puntuación por objetivo y una explicación de cada pregunta. Con {percent} % o más se le ofrece un certificado de finalización. No se guarda nada de lo que responda.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start the post-test</source>
        <translation>&amp;Comenzar la evaluación final</translation>
    </message>
    <message>
        <source>Start the post-test in a new order</source>
        <translation>Comenzar la evaluación final en un orden nuevo</translation>
    </message>
    <message>
        <source>Sc&amp;ore my answers</source>
        <translation>Calificar mis &amp;respuestas</translation>
    </message>
    <message>
        <source>Post-test status</source>
        <translation>Estado de la evaluación final</translation>
    </message>
    <message>
        <source>Post-test results</source>
        <translation>Resultados de la evaluación final</translation>
    </message>
    <message>
        <source>&amp;Start again in a new order</source>
        <translation>&amp;Comenzar de nuevo en otro orden</translation>
    </message>
    <message numerus="yes">
        <source>Answer every question first (%n left).</source>
        <translation>
            <numerusform>Primero responda todas las preguntas (falta %n).</numerusform>
            <numerusform>Primero responda todas las preguntas (faltan %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <source>Not correct. The answer is: {answer}</source>
        <translation>Incorrecto. La respuesta es: {answer}</translation>
    </message>
    <message>
        <source>{right} of {total}</source>
        <translation>{right} de {total}</translation>
    </message>
    <message>
        <source>You passed. You can print a certificate of completion below.</source>
        <translation>Aprobó. Abajo puede imprimir un certificado de finalización.</translation>
    </message>
    <message>
        <source>Below {percent} %: read the modules for the objectives you missed and start again in a new order.</source>
        <translation>Menos de {percent} %: lea los módulos de los objetivos que no logró y comience de nuevo en otro orden.</translation>
    </message>
    <message>
        <source>Your results: {right} of {total}</source>
        <translation>Sus resultados: {right} de {total}</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Scored: {right} of {total} correct.</source>
        <translation>Calificado: {right} de {total} correctas.</translation>
    </message>
</context>
<context>
    <name>PromptCard</name>
    <message>
        <source>Stage: {stage} · Topics: {topics}</source>
        <translation>Etapa: {stage} · Temas: {topics}</translation>
    </message>
    <message>
        <source>Say (English)</source>
        <translation>Diga (inglés)</translation>
    </message>
    <message>
        <source>Say (Spanish)</source>
        <translation>Diga (español)</translation>
    </message>
    <message>
        <source>Avoid:</source>
        <translation>Evite:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
</context>
<context>
    <name>QuickExitButton</name>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <source>Hides this window at once and closes the app. Shortcut: press Shift three times.</source>
        <translation>Oculta esta ventana al instante y cierra la aplicación. Atajo: pulse Mayús tres veces.</translation>
    </message>
</context>
<context>
    <name>ReferPage</name>
    <message>
        <source>Refer</source>
        <translation>Derivar</translation>
    </message>
    <message>
        <source>Resource list status</source>
        <translation>Estado de la lista de recursos</translation>
    </message>
    <message>
        <source>Audience preset</source>
        <translation>Perfil de público</translation>
    </message>
    <message>
        <source>Ticks the lines that suit this patient in the chosen country.</source>
        <translation>Marca las líneas adecuadas para este paciente en el país elegido.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Desmarcar todo</translation>
    </message>
    <message>
        <source>Untick every line: nothing is on the handout until you tick again.</source>
        <translation>Desmarca todas las líneas: el folleto queda vacío hasta que vuelva a marcar.</translation>
    </message>
    <message>
        <source>&amp;Discreet wallet cards</source>
        <translation>Tar&amp;jetas discretas</translation>
    </message>
    <message>
        <source>Wallet cards with the discreet title, in one step.</source>
        <translation>Tarjetas de bolsillo con el título discreto, en un solo paso.</translation>
    </message>
    <message>
        <source>Lines on the handout</source>
        <translation>Líneas en el folleto</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>&amp;Imprimir folleto…</translation>
    </message>
    <message>
        <source>Print the handout (Ctrl+P)</source>
        <translation>Imprimir el folleto (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save as PD&amp;F…</source>
        <translation>Guardar como PD&amp;F…</translation>
    </message>
    <message>
        <source>Only when you need a file: a saved handout stays on this computer.</source>
        <translation>Solo si necesita un archivo: un folleto guardado queda en esta computadora.</translation>
    </message>
    <message>
        <source>Handout status</source>
        <translation>Estado del folleto</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>&amp;Público:</translation>
    </message>
    <message>
        <source>This handout cannot be made: {error}</source>
        <translation>No se puede preparar este folleto: {error}</translation>
    </message>
    <message>
        <source>This handout cannot be made: the handout wording did not pass its signature check. Give the numbers listed here by word of mouth, and ask for ScreenAid to be reinstalled.</source>
        <translation>No se puede preparar este folleto: el texto del folleto no superó la comprobación de su firma. Dé de palabra los números que aparecen aquí y pida que se reinstale ScreenAid.</translation>
    </message>
    <message numerus="yes">
        <source>On the handout: %n line(s)</source>
        <translation>
            <numerusform>En el folleto: %n línea</numerusform>
            <numerusform>En el folleto: %n líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick at least one resource to see the handout.</source>
        <translation>Marque al menos un recurso para ver el folleto.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Se envió %n página a la impresora.</numerusform>
            <numerusform>Se enviaron %n páginas a la impresora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to print: tick at least one line.</source>
        <translation>No hay nada que imprimir: marque al menos una línea.</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Imprimir folleto</translation>
    </message>
    <message>
        <source>The handout could not be printed: {error}</source>
        <translation>No se pudo imprimir el folleto: {error}</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Guardar el folleto como PDF</translation>
    </message>
    <message>
        <source>handout.pdf</source>
        <translation>folleto.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save handout</source>
        <translation>Guardar folleto</translation>
    </message>
    <message>
        <source>The handout could not be saved: {error}</source>
        <translation>No se pudo guardar el folleto: {error}</translation>
    </message>
    <message>
        <source>Saved. Delete the file when it is no longer needed.</source>
        <translation>Guardado. Borre el archivo cuando ya no lo necesite.</translation>
    </message>
    <message>
        <source>The resource list could not be verified: only the built-in national lines are shown (see the notice above).</source>
        <translation>No se pudo verificar la lista de recursos: solo se muestran las líneas nacionales incluidas (vea el aviso de arriba).</translation>
    </message>
    <message>
        <source>Resource list verified on {date} (version {version}).</source>
        <translation>Lista de recursos verificada el {date} (versión {version}).</translation>
    </message>
</context>
<context>
    <name>ReferralSheetPanel</name>
    <message>
        <source>Referral preparation sheet</source>
        <translation>Hoja de preparación de la derivación</translation>
    </message>
    <message>
        <source>Blank preparation sheet for the {route} (no patient details on it).</source>
        <translation>Hoja de preparación en blanco para: {route} (sin datos del paciente).</translation>
    </message>
    <message>
        <source>No referral preparation sheet for {name} yet — follow your local policy.</source>
        <translation>Todavía no hay hoja de preparación de la derivación para {name}: siga la política local.</translation>
    </message>
    <message>
        <source>Print preparation &amp;sheet…</source>
        <translation>Imprimir &amp;hoja de preparación…</translation>
    </message>
    <message>
        <source>Print preparation sheet</source>
        <translation>Imprimir hoja de preparación</translation>
    </message>
    <message>
        <source>The sheet could not be printed: {error}</source>
        <translation>No se pudo imprimir la hoja: {error}</translation>
    </message>
</context>
<context>
    <name>ResourceDetails</name>
    <message>
        <source>Resource details</source>
        <translation>Detalles del recurso</translation>
    </message>
    <message>
        <source>Choose a resource to see its details.</source>
        <translation>Elija un recurso para ver sus detalles.</translation>
    </message>
    <message>
        <source>Added by your clinic.</source>
        <translation>Agregado por su clínica.</translation>
    </message>
    <message>
        <source>(keyword {keyword})</source>
        <translation>(palabra clave {keyword})</translation>
    </message>
    <message>
        <source>Open 24/7</source>
        <translation>Abierto las 24 horas, todos los días</translation>
    </message>
    <message>
        <source>Services: {services}</source>
        <translation>Servicios: {services}</translation>
    </message>
    <message>
        <source>For: {audiences}</source>
        <translation>Para: {audiences}</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Checked at the source on {date}.</source>
        <translation>Verificado en la fuente el {date}.</translation>
    </message>
</context>
<context>
    <name>ResourceDirectory</name>
    <message>
        <source>Your clinic&apos;s own</source>
        <translation>De su clínica</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Tick a resource to put it on the handout. Space ticks the current one.</source>
        <translation>Marque un recurso para incluirlo en el folleto. La barra espaciadora marca el actual.</translation>
    </message>
    <message>
        <source>Lines shown and on the handout</source>
        <translation>Líneas mostradas y en el folleto</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n line(s) shown</source>
        <translation>
            <numerusform>Líneas mostradas: {shown} de %n</numerusform>
            <numerusform>Líneas mostradas: {shown} de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} on the handout</source>
        <translation>{count} en el folleto</translation>
    </message>
    <message numerus="yes">
        <source>(%n ticked but hidden by the filters, so left off)</source>
        <translation>
            <numerusform>(%n marcada pero oculta por los filtros, así que no se incluye)</numerusform>
            <numerusform>(%n marcadas pero ocultas por los filtros, así que no se incluyen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not offered on printed handouts.</source>
        <translation>No se ofrece en folletos impresos.</translation>
    </message>
</context>
<context>
    <name>ResourceFilters</name>
    <message>
        <source>European Union</source>
        <translation>Unión Europea</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>Tipo de servicio</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Language spoken</source>
        <translation>Idioma hablado</translation>
    </message>
    <message>
        <source>Open 24/7 only</source>
        <translation>Solo abiertos las 24 horas</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>P&amp;aís:</translation>
    </message>
    <message>
        <source>Service &amp;type:</source>
        <translation>&amp;Tipo de servicio:</translation>
    </message>
    <message>
        <source>Fo&amp;r:</source>
        <translation>Pa&amp;ra:</translation>
    </message>
    <message>
        <source>Language spo&amp;ken:</source>
        <translation>Idi&amp;oma hablado:</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
</context>
<context>
    <name>ScreenPage</name>
    <message>
        <source>Screen</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>&amp;New screen</source>
        <translation>&amp;Nuevo tamizaje</translation>
    </message>
    <message>
        <source>Uncheck every item and clear every answer.</source>
        <translation>Desmarca todos los elementos y borra todas las respuestas.</translation>
    </message>
    <message>
        <source>Response pathway</source>
        <translation>Ruta de respuesta</translation>
    </message>
    <message>
        <source>Pathway diagram</source>
        <translation>Diagrama de la ruta</translation>
    </message>
    <message>
        <source>Published screening tools, described by their facts. Use the tool itself as published; its questions are not reproduced here.</source>
        <translation>Herramientas de tamizaje publicadas, descritas con sus datos. Use la herramienta tal como se publicó; sus preguntas no se reproducen aquí.</translation>
    </message>
    <message>
        <source>No validated screening instruments are loaded.</source>
        <translation>No hay herramientas de tamizaje validadas cargadas.</translation>
    </message>
    <message>
        <source>Validated screening instruments</source>
        <translation>Herramientas de tamizaje validadas</translation>
    </message>
    <message>
        <source>Screen sections</source>
        <translation>Partes de Detectar</translation>
    </message>
    <message>
        <source>&amp;Response pathway</source>
        <translation>Ruta de &amp;respuesta</translation>
    </message>
    <message>
        <source>Pathway dia&amp;gram</source>
        <translation>Dia&amp;grama de la ruta</translation>
    </message>
    <message>
        <source>&amp;Validated screens</source>
        <translation>Herramientas &amp;validadas</translation>
    </message>
</context>
<context>
    <name>ScreeningLabels</name>
    <message>
        <source>Labor</source>
        <translation>Laboral</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexual</translation>
    </message>
    <message>
        <source>Labor and sex</source>
        <translation>Laboral y sexual</translation>
    </message>
    <message>
        <source>Children and youth</source>
        <translation>Niñas, niños y jóvenes</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Adultos</translation>
    </message>
    <message>
        <source>Boys and men</source>
        <translation>Niños y hombres</translation>
    </message>
    <message>
        <source>LGBTQ+ people</source>
        <translation>Personas LGBTQ+</translation>
    </message>
    <message>
        <source>Migrants</source>
        <translation>Personas migrantes</translation>
    </message>
    <message>
        <source>Physical</source>
        <translation>Físicos</translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation>De comportamiento</translation>
    </message>
    <message>
        <source>Situational</source>
        <translation>De la situación</translation>
    </message>
    <message>
        <source>Work and living conditions</source>
        <translation>Condiciones de trabajo y de vida</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Risk factor</source>
        <translation>Factor de riesgo</translation>
    </message>
    <message>
        <source>High concern</source>
        <translation>Preocupación alta</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>“{question}” is answered</source>
        <translation>«{question}» tiene respuesta</translation>
    </message>
    <message>
        <source>“{question}” is {answers}</source>
        <translation>«{question}» es {answers}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>If {conditions}</source>
        <translation>Si {conditions}</translation>
    </message>
</context>
<context>
    <name>ScreeningSummary</name>
    <message>
        <source>Screening summary</source>
        <translation>Resumen del tamizaje</translation>
    </message>
    <message>
        <source>Nothing checked yet. Check what you see or hear; the next steps update as you go.</source>
        <translation>Aún no hay nada marcado. Marque lo que observe o escuche; los próximos pasos se actualizan a medida que avanza.</translation>
    </message>
    <message numerus="yes">
        <source>%n checked: {kinds}.</source>
        <translation>
            <numerusform>%n marcado: {kinds}.</numerusform>
            <numerusform>%n marcados: {kinds}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Domain: {domains}.</source>
        <translation>Tipo: {domains}.</translation>
    </message>
    <message>
        <source>Category: {categories}.</source>
        <translation>Categoría: {categories}.</translation>
    </message>
    <message>
        <source>Populations: {populations}.</source>
        <translation>Poblaciones: {populations}.</translation>
    </message>
    <message>
        <source>{high_concern}: {titles}.</source>
        <translation>{high_concern}: {titles}.</translation>
    </message>
    <message numerus="yes">
        <source>%n risk factor(s)</source>
        <translation>
            <numerusform>%n factor de riesgo</numerusform>
            <numerusform>%n factores de riesgo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s)</source>
        <translation>
            <numerusform>%n indicador</numerusform>
            <numerusform>%n indicadores</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfCheckWidget</name>
    <message>
        <source>Self-check {number}</source>
        <translation>Autoevaluación {number}</translation>
    </message>
    <message>
        <source>Check answer</source>
        <translation>Comprobar respuesta</translation>
    </message>
    <message>
        <source>Check answer to self-check {number}</source>
        <translation>Comprobar la respuesta de la autoevaluación {number}</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Pick an answer first.</source>
        <translation>Primero elija una respuesta.</translation>
    </message>
    <message>
        <source>Right.</source>
        <translation>Correcto.</translation>
    </message>
    <message>
        <source>Not quite.</source>
        <translation>No exactamente.</translation>
    </message>
</context>
<context>
    <name>_QuestionBox</name>
    <message>
        <source>Question {number} of {total}</source>
        <translation>Pregunta {number} de {total}</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
</context>
<context>
    <name>_StepBox</name>
    <message>
        <source>Step {number}</source>
        <translation>Paso {number}</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>What do you do?</source>
        <translation>¿Qué hace usted?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>E&amp;legir</translation>
    </message>
    <message>
        <source>Choose this answer at step {number}</source>
        <translation>Elegir esta respuesta en el paso {number}</translation>
    </message>
</context>
</TS>
